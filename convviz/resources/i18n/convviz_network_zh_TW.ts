<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>DefaultModel</name>
    <message>
        <source>the shipped LeNet-5 could not be read</source>
        <translation>無法讀取內附的 LeNet-5</translation>
    </message>
    <message>
        <source>LeNet-5 (trained on MNIST, shipped with convviz)</source>
        <translation>LeNet-5（在 MNIST 上訓練，convviz 內附）</translation>
    </message>
</context>
<context>
    <name>HeatControls</name>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>saliency</source>
        <translation>顯著圖</translation>
    </message>
    <message>
        <source>Where does the score come from?</source>
        <translation>得分從哪裡來？</translation>
    </message>
    <message>
        <source>Laid over the picture:
saliency — |∂ score / ∂ pixel|: the pixels that change the score most;
Grad-CAM — a convolution layer&apos;s maps weighted by how much the score gains from each.</source>
        <translation>疊加在圖片上：
顯著圖 — |∂ 得分 / ∂ 像素|：最能改變得分的像素；
Grad-CAM — 卷積層的特徵圖，按得分從每張圖獲得的增益加權。</translation>
    </message>
    <message>
        <source>The class whose score is explained (top-1: the model&apos;s pick)</source>
        <translation>要解釋其得分的類別（top-1：模型選出的類別）</translation>
    </message>
    <message>
        <source>The convolution layer Grad-CAM reads (the last one by default)</source>
        <translation>Grad-CAM 讀取的卷積層（預設是最後一層）</translation>
    </message>
    <message>
        <source>show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>class</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>層</translation>
    </message>
    <message>
        <source>top-1 (the model&apos;s pick)</source>
        <translation>top-1（模型選出的類別）</translation>
    </message>
</context>
<context>
    <name>InputSettings</name>
    <message>
        <source>ImageNet mean/std</source>
        <translation>ImageNet 平均值/標準差</translation>
    </message>
    <message>
        <source>[0, 1] (none)</source>
        <translation>[0, 1]（不正規化）</translation>
    </message>
    <message>
        <source>custom mean, std</source>
        <translation>自訂平均值、標準差</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a list of numbers</source>
        <translation>「{0}」不是一列數字</translation>
    </message>
    <message>
        <source>give 1 or {0} numbers, not {1}</source>
        <translation>請給出 1 個或 {0} 個數字，而不是 {1} 個</translation>
    </message>
    <message>
        <source>the numbers must be finite</source>
        <translation>數字必須是有限值</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>輸入</translation>
    </message>
    <message>
        <source>What the model takes; the picture&apos;s shorter side is scaled to this size and the middle cropped</source>
        <translation>模型接受的輸入；圖片的短邊縮放到這個尺寸，再裁出中間部分</translation>
    </message>
    <message>
        <source>How pixel values (0…1) become the model&apos;s input: (value − mean) / std per channel.
ImageNet: torchvision&apos;s statistics, what most colour models were trained with; [0, 1]: the pixels as they are.</source>
        <translation>像素值（0…1）如何變成模型的輸入：每個通道 (值 − 平均值) / 標準差。
ImageNet：torchvision 的統計量，大多數彩色模型用它訓練；[0, 1]：像素保持原樣。</translation>
    </message>
    <message>
        <source>The mean per channel, comma-separated (R, G, B)</source>
        <translation>每個通道的平均值，用逗號分隔（R, G, B）</translation>
    </message>
    <message>
        <source>The standard deviation per channel, comma-separated</source>
        <translation>每個通道的標準差，用逗號分隔</translation>
    </message>
    <message>
        <source>Feed the channels as B, G, R (Caffe-era models read them so)</source>
        <translation>按 B, G, R 順序送入通道（Caffe 時代的模型這樣讀取）</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>平均值</translation>
    </message>
    <message>
        <source>std</source>
        <translation>標準差</translation>
    </message>
    <message>
        <source>model takes</source>
        <translation>模型輸入</translation>
    </message>
    <message>
        <source>run at</source>
        <translation>執行尺寸</translation>
    </message>
    <message>
        <source>normalise</source>
        <translation>正規化</translation>
    </message>
    <message>
        <source>any batch</source>
        <translation>任意批次大小</translation>
    </message>
    <message>
        <source>batch {0}</source>
        <translation>批次大小 {0}</translation>
    </message>
    <message>
        <source>gray</source>
        <translation>灰階</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>彩色</translation>
    </message>
    <message>
        <source>{0} channels</source>
        <translation>{0} 個通道</translation>
    </message>
    <message>
        <source>{0} × {1} × {2} (C × H × W)
{3}, NCHW, {4}</source>
        <translation>{0} × {1} × {2}（C × H × W）
{3}，NCHW，{4}</translation>
    </message>
    <message>
        <source>a standard deviation of 0 divides by zero</source>
        <translation>標準差為 0 會除以零</translation>
    </message>
    <message>
        <source>Not used: {0}.</source>
        <translation>未採用：{0}。</translation>
    </message>
</context>
<context>
    <name>LayerTable</name>
    <message>
        <source>Layer</source>
        <translation>層</translation>
    </message>
    <message>
        <source>Op</source>
        <translation>運算子</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>輸出</translation>
    </message>
    <message>
        <source>Params</source>
        <translation>參數</translation>
    </message>
    <message>
        <source>Mult-adds</source>
        <translation>乘加</translation>
    </message>
    <message>
        <source>RF</source>
        <translation>感受野</translation>
    </message>
    <message>
        <source>The node&apos;s name in the file</source>
        <translation>節點在檔案中的名稱</translation>
    </message>
    <message>
        <source>The ONNX operator</source>
        <translation>ONNX 運算子</translation>
    </message>
    <message>
        <source>Output shape per image: channels × height × width, or the length of a vector</source>
        <translation>每張影像的輸出形狀：通道 × 高 × 寬，或向量的長度</translation>
    </message>
    <message>
        <source>Weights and biases this layer adds (constants it is the first to read)</source>
        <translation>這一層新增的權重和偏置（它最先讀取的常數）</translation>
    </message>
    <message>
        <source>Multiply-adds for one image</source>
        <translation>一張影像的乘加次數</translation>
    </message>
    <message>
        <source>Receptive field: the input box one output cell can see (r′ = r + d·(k − 1)·j through every path); click a cell of the maps for the exact field of that cell</source>
        <translation>感受野：一個輸出單元能看到的輸入方框（沿每條路徑 r′ = r + d·(k − 1)·j）；按一下特徵圖中的儲存格可得到該儲存格的精確感受野</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>scalar</source>
        <translation>純量</translation>
    </message>
    <message>
        <source>The model&apos;s layers: click one to see its maps, its filters and its cells&apos; fields</source>
        <translation>模型的各層：按一下一層查看它的特徵圖、濾波器和儲存格的感受野</translation>
    </message>
    <message>
        <source>Layers, learned parameters and multiply-adds for one image</source>
        <translation>層數、學到的參數和一張影像的乘加次數</translation>
    </message>
    <message>
        <source>What to know about this file</source>
        <translation>關於這個檔案需要知道的事</translation>
    </message>
    <message>
        <source>{0} ({1}): output {2}</source>
        <translation>{0}（{1}）：輸出 {2}</translation>
    </message>
    <message>
        <source>{0} multiply-adds for one image</source>
        <translation>一張影像 {0} 次乘加</translation>
    </message>
    <message>
        <source>Each output cell sees the whole input</source>
        <translation>每個輸出單元都看到整個輸入</translation>
    </message>
</context>
<context>
    <name>MapsPanel</name>
    <message>
        <source>The chosen layer and the size of its output</source>
        <translation>所選的層及其輸出的尺寸</translation>
    </message>
    <message>
        <source>A wide layer is shown {0} maps at a time</source>
        <translation>通道多的層每次顯示 {0} 張特徵圖</translation>
    </message>
    <message>
        <source>Each tile is one channel of the layer&apos;s output for the picture. Click a cell: its receptive field is drawn on the picture (the arrow keys move it). Double-click a tile to open it large.</source>
        <translation>每個圖塊是這一層對圖片輸出的一個通道。按一下一個儲存格：它的感受野會畫在圖片上（方向鍵可移動）。按兩下圖塊可放大開啟。</translation>
    </message>
    <message>
        <source>Colour ↔ value, for every tile of this layer</source>
        <translation>顏色 ↔ 數值，適用於這一層的每個圖塊</translation>
    </message>
    <message>
        <source>The layer&apos;s output is a vector: one bar per unit. Click a bar for what it sees.</source>
        <translation>這一層的輸出是一個向量：每個單元一根長條。按一下一根長條查看它看到的區域。</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>單元</translation>
    </message>
    <message>
        <source>Click a cell of a map: its receptive field is drawn on the picture (the arrow keys move it).
Double-click a tile to open it large.</source>
        <translation>按一下特徵圖中的儲存格：它的感受野會畫在圖片上（方向鍵可移動）。
按兩下圖塊可放大開啟。</translation>
    </message>
    <message>
        <source>The clicked cell, its value and the input pixels it depends on</source>
        <translation>所按的儲存格、它的值以及它依賴的輸入像素</translation>
    </message>
    <message>
        <source>Which input channel&apos;s weights to show</source>
        <translation>顯示哪個輸入通道的權重</translation>
    </message>
    <message>
        <source>input channel </source>
        <translation>輸入通道 </translation>
    </message>
    <message>
        <source>The layer&apos;s filters (its weights): one tile per output channel. Mid-gray is 0; lighter is positive, darker negative. Over R, G, B they are drawn in colour.</source>
        <translation>這一層的濾波器（它的權重）：每個輸出通道一個圖塊。中灰為 0；較亮為正，較暗為負。作用於 R, G, B 的濾波器以彩色繪製。</translation>
    </message>
    <message>
        <source>Feature maps</source>
        <translation>特徵圖</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>濾波器</translation>
    </message>
    <message>
        <source>The chosen layer&apos;s output for the picture</source>
        <translation>所選層對圖片的輸出</translation>
    </message>
    <message>
        <source>The chosen convolution&apos;s weights</source>
        <translation>所選卷積層的權重</translation>
    </message>
    <message>
        <source>{0} ({1}): no maps to show</source>
        <translation>{0}（{1}）：沒有可顯示的特徵圖</translation>
    </message>
    <message>
        <source>{0} ({1}): a vector of {2}</source>
        <translation>{0}（{1}）：長度為 {2} 的向量</translation>
    </message>
    <message>
        <source>{0} ({1}): 1 map of {2}×{3}</source>
        <translation>{0}（{1}）：1 張 {2}×{3} 的特徵圖</translation>
    </message>
    <message>
        <source>{0} ({1}): {2} maps of {3}×{4}</source>
        <translation>{0}（{1}）：{2} 張 {3}×{4} 的特徵圖</translation>
    </message>
    <message>
        <source>maps {0}–{1} of {2}</source>
        <translation>第 {0}–{1} 張，共 {2} 張</translation>
    </message>
    <message>
        <source>{0}: not a convolution with weights in the file</source>
        <translation>{0}：不是權重存於檔案中的卷積</translation>
    </message>
    <message>
        <source>{0}: {1} filters of {2} × {3}×{4}</source>
        <translation>{0}：{1} 個 {2} × {3}×{4} 的濾波器</translation>
    </message>
    <message>
        <source>Each filter over the picture&apos;s R, G, B, in colour:
mid-gray is a zero weight, the strongest weight (±{0}) full colour.</source>
        <translation>每個濾波器作用於圖片的 R, G, B，以彩色顯示：
中灰為零權重，最強的權重（±{0}）為全彩。</translation>
    </message>
    <message>
        <source>Input channel {0} of {1}: mid-gray is 0, white +{2}, black −{2}
(one scale for the whole layer).</source>
        <translation>輸入通道 {0}/{1}：中灰為 0，白為 +{2}，黑為 −{2}
（整層使用同一刻度）。</translation>
    </message>
    <message>
        <source>{0} The first {1} of {2} filters.</source>
        <translation>{0} 顯示 {2} 個濾波器中的前 {1} 個。</translation>
    </message>
</context>
<context>
    <name>NetworkTab</name>
    <message>
        <source>&lt;h3&gt;Open your own trained model&lt;/h3&gt;&lt;p&gt;File → &lt;b&gt;Open model…&lt;/b&gt; (Ctrl+Shift+O), or drop an &lt;b&gt;.onnx&lt;/b&gt; file on the window. convviz runs it on its own engine: every layer&apos;s maps of the current picture or the live camera, its filters, the top-5 classes, where a score comes from (saliency, Grad-CAM) and the exact receptive field of any cell you click.&lt;/p&gt;&lt;p&gt;Export one from PyTorch with &lt;code&gt;torch.onnx.export(model, x, &apos;model.onnx&apos;)&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;開啟你自己訓練的模型&lt;/h3&gt;&lt;p&gt;檔案 → &lt;b&gt;開啟模型…&lt;/b&gt;（Ctrl+Shift+O），或把 &lt;b&gt;.onnx&lt;/b&gt; 檔案拖放到視窗上。convviz 用自己的引擎執行它：每一層對目前圖片或即時攝影機的特徵圖、它的濾波器、top-5 類別、得分從哪裡來（顯著圖、Grad-CAM），以及你按下的任一儲存格的精確感受野。&lt;/p&gt;&lt;p&gt;從 PyTorch 匯出一個：&lt;code&gt;torch.onnx.export(model, x, &apos;model.onnx&apos;)&lt;/code&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>pixels in [0, 1] as they are</source>
        <translation>像素保持 [0, 1] 原樣</translation>
    </message>
    <message>
        <source>normalised with ImageNet&apos;s mean and std</source>
        <translation>用 ImageNet 的平均值和標準差正規化</translation>
    </message>
    <message>
        <source>normalised with mean ({0}), std ({1})</source>
        <translation>用平均值（{0}）、標準差（{1}）正規化</translation>
    </message>
    <message>
        <source>{0}, channels fed as B, G, R</source>
        <translation>{0}，通道按 B, G, R 送入</translation>
    </message>
    <message>
        <source>Open model…</source>
        <translation>開啟模型…</translation>
    </message>
    <message>
        <source>Open an .onnx file (Ctrl+Shift+O)</source>
        <translation>開啟一個 .onnx 檔案（Ctrl+Shift+O）</translation>
    </message>
    <message>
        <source>Labels…</source>
        <translation>類別名稱…</translation>
    </message>
    <message>
        <source>Name the classes: a text file with one class name per line (synset_words.txt …)</source>
        <translation>為類別命名：每行一個類別名稱的文字檔（synset_words.txt …）</translation>
    </message>
    <message>
        <source>No model open</source>
        <translation>沒有開啟的模型</translation>
    </message>
    <message>
        <source>Opening the model (the window stays usable)</source>
        <translation>正在開啟模型（視窗仍可使用）</translation>
    </message>
    <message>
        <source>Shown while the model runs on the new picture</source>
        <translation>模型處理新圖片時顯示</translation>
    </message>
    <message>
        <source>The picture as the model sees it: scaled (shorter side) and centre-cropped to its input. A clicked cell&apos;s receptive field is the bright part, outlined; a heat map shows where a score comes from.</source>
        <translation>模型看到的圖片：按短邊縮放並中心裁切到它的輸入尺寸。所按儲存格的感受野是亮的部分，帶邊框；熱力圖顯示得分從哪裡來。</translation>
    </message>
    <message>
        <source>&lt;b&gt;What the model sees&lt;/b&gt;</source>
        <translation>&lt;b&gt;模型看到的&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Class scores&lt;/b&gt; (top 5, probabilities by softmax)</source>
        <translation>&lt;b&gt;類別得分&lt;/b&gt;（前 5 名，機率由 softmax 算出）</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>各層</translation>
    </message>
    <message>
        <source>Click a layer to see its maps and filters</source>
        <translation>按一下一層查看它的特徵圖和濾波器</translation>
    </message>
    <message>
        <source>Opening {0}…</source>
        <translation>正在開啟 {0}…</translation>
    </message>
    <message>
        <source>{0} The model already open stays.</source>
        <translation>{0} 已開啟的模型保持不變。</translation>
    </message>
    <message>
        <source>Cannot open the model</source>
        <translation>無法開啟模型</translation>
    </message>
    <message>
        <source>Cannot open the shipped LeNet-5: {0}</source>
        <translation>無法開啟內附的 LeNet-5：{0}</translation>
    </message>
    <message>
        <source>Cannot open {0}: {1}</source>
        <translation>無法開啟 {0}：{1}</translation>
    </message>
    <message>
        <source>Opened {0}: {1}.</source>
        <translation>已開啟 {0}：{1}。</translation>
    </message>
    <message>
        <source>The Layer stack tab&apos;s trained LeNet-5, exported to ONNX by convviz and read back.</source>
        <translation>「層堆疊」分頁裡訓練好的 LeNet-5，由 convviz 匯出為 ONNX 再讀回。</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>計算中…</translation>
    </message>
    <message>
        <source>shipped with convviz</source>
        <translation>convviz 內附</translation>
    </message>
    <message>
        <source>Open class labels</source>
        <translation>開啟類別名稱</translation>
    </message>
    <message>
        <source>Labels (*.txt *.csv *.names);;All files (*)</source>
        <translation>類別名稱 (*.txt *.csv *.names);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Cannot read the labels</source>
        <translation>無法讀取類別名稱</translation>
    </message>
    <message>
        <source>{0} has {1} labels; the model has {2} outputs.</source>
        <translation>{0} 有 {1} 個類別名稱；模型有 {2} 個輸出。</translation>
    </message>
    <message>
        <source>Cannot run the model on this picture: {0}</source>
        <translation>無法在這張圖片上執行模型：{0}</translation>
    </message>
    <message>
        <source>the live camera</source>
        <translation>即時攝影機</translation>
    </message>
    <message>
        <source>{0}, scaled and centre-cropped to {1}×{2};
{3};
the model&apos;s pass took {4} ms.</source>
        <translation>{0}，縮放並中心裁切到 {1}×{2}；
{3}；
模型的前向傳播用時 {4} ms。</translation>
    </message>
    <message>
        <source>{0}, scaled and centre-cropped to {1}×{2};
{3}.</source>
        <translation>{0}，縮放並中心裁切到 {1}×{2}；
{3}。</translation>
    </message>
    <message>
        <source>{0} ({1}): computing…</source>
        <translation>{0}（{1}）：計算中…</translation>
    </message>
    <message>
        <source>{0} = {1}: finding its field…</source>
        <translation>{0} = {1}：正在求它的感受野…</translation>
    </message>
    <message>
        <source>{0}, unit {1}</source>
        <translation>{0}，單元 {1}</translation>
    </message>
    <message>
        <source>{0}, map {1}, cell (row {2}, col {3})</source>
        <translation>{0}，特徵圖 {1}，儲存格（第 {2} 列，第 {3} 欄）</translation>
    </message>
    <message>
        <source>No receptive field: {0}</source>
        <translation>沒有感受野：{0}</translation>
    </message>
    <message>
        <source>{0} = {1}
depends on no input pixel.</source>
        <translation>{0} = {1}
不依賴任何輸入像素。</translation>
    </message>
    <message>
        <source>{0} = {1}
sees {2} input pixels: a {3}×{4} box, rows {5}–{6}, cols {7}–{8}.</source>
        <translation>{0} = {1}
看到 {2} 個輸入像素：{3}×{4} 的方框，第 {5}–{6} 列，第 {7}–{8} 欄。</translation>
    </message>
    <message>
        <source>The model&apos;s output is one number, not class scores: {0}</source>
        <translation>模型的輸出是一個數，而不是類別得分：{0}</translation>
    </message>
    <message>
        <source>The model&apos;s output is {0} per image, not one score per class.</source>
        <translation>模型對每張影像的輸出是 {0}，而不是每個類別一個得分。</translation>
    </message>
    <message>
        <source>Labels from {0}.</source>
        <translation>類別名稱來自 {0}。</translation>
    </message>
    <message>
        <source>Labels: the digits 0–9.</source>
        <translation>類別名稱：數字 0–9。</translation>
    </message>
    <message>
        <source>Labels from the model&apos;s metadata.</source>
        <translation>類別名稱來自模型的中繼資料。</translation>
    </message>
    <message>
        <source>No labels in the file: classes by index (Labels… names them).</source>
        <translation>檔案裡沒有類別名稱：按編號列出類別（「類別名稱…」可為它們命名）。</translation>
    </message>
    <message>
        <source>Grad-CAM needs a convolution layer; this model has none.</source>
        <translation>Grad-CAM 需要卷積層；這個模型沒有。</translation>
    </message>
    <message>
        <source>Not computed: {0}</source>
        <translation>未計算：{0}</translation>
    </message>
    <message>
        <source>{0} of “{1}” on {2}</source>
        <translation>{0}（「{1}」，在 {2} 上）</translation>
    </message>
    <message>
        <source>{0} of “{1}”</source>
        <translation>{0}（「{1}」）</translation>
    </message>
    <message>
        <source>{0}:
bright is where the score comes from (the score does not depend on the picture here).</source>
        <translation>{0}：
亮處是得分的來源（這裡得分不依賴於圖片）。</translation>
    </message>
    <message>
        <source>{0}:
bright is where the score comes from.</source>
        <translation>{0}：
亮處是得分的來源。</translation>
    </message>
</context>
<context>
    <name>RunSize</name>
    <message>
        <source>Height the model runs at</source>
        <translation>模型執行時的高度</translation>
    </message>
    <message>
        <source>Width the model runs at</source>
        <translation>模型執行時的寬度</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>套用</translation>
    </message>
    <message>
        <source>The file leaves the input size open: reopen the model at this height × width</source>
        <translation>檔案未固定輸入尺寸：按這個高 × 寬重新開啟模型</translation>
    </message>
</context>
<context>
    <name>ScoresView</name>
    <message>
        <source>{0} %  (score {1})</source>
        <translation>{0} %（得分 {1}）</translation>
    </message>
    <message>
        <source>The model&apos;s five most likely classes: probability (softmax of the scores) and raw score</source>
        <translation>模型最可能的五個類別：機率（得分的 softmax）和原始得分</translation>
    </message>
</context>
</TS>
