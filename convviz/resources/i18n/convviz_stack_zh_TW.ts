<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>BusyNote</name>
    <message>
        <source>computing…</source>
        <translation>計算中…</translation>
    </message>
    <message>
        <source>Not computed: {0}</source>
        <translation>未計算：{0}</translation>
    </message>
</context>
<context>
    <name>ComparisonsWidget</name>
    <message>
        <source>input channels</source>
        <translation>輸入通道</translation>
    </message>
    <message>
        <source>Channels of the input maps</source>
        <translation>輸入特徵圖的通道數</translation>
    </message>
    <message>
        <source>output channels</source>
        <translation>輸出通道</translation>
    </message>
    <message>
        <source>Channels the layer produces</source>
        <translation>該層產生的通道數</translation>
    </message>
    <message>
        <source>map size (H = W)</source>
        <translation>特徵圖尺寸 (H = W)</translation>
    </message>
    <message>
        <source>Height and width of the input maps (&apos;same&apos; padding keeps them)</source>
        <translation>輸入特徵圖的高和寬（SAME 填充保持不變）</translation>
    </message>
    <message>
        <source>kernel size</source>
        <translation>卷積核尺寸</translation>
    </message>
    <message>
        <source>Kernel size of the big convolution</source>
        <translation>大卷積的卷積核尺寸</translation>
    </message>
    <message>
        <source>bottleneck channels</source>
        <translation>瓶頸通道</translation>
    </message>
    <message>
        <source>Channels the 1×1 bottleneck shrinks the input to</source>
        <translation>1×1 瓶頸把輸入壓縮到的通道數</translation>
    </message>
    <message>
        <source>1×1 branch: filters</source>
        <translation>1×1 分支：濾波器</translation>
    </message>
    <message>
        <source>Inception branch 1: filters of its 1×1 conv</source>
        <translation>Inception 分支 1：其 1×1 卷積的濾波器數</translation>
    </message>
    <message>
        <source>3×3 branch: 1×1 reduces to</source>
        <translation>3×3 分支：1×1 降到</translation>
    </message>
    <message>
        <source>Inception branch 2: 1×1 filters before its 3×3 conv</source>
        <translation>Inception 分支 2：其 3×3 卷積之前的 1×1 濾波器數</translation>
    </message>
    <message>
        <source>3×3 branch: 3×3 filters</source>
        <translation>3×3 分支：3×3 濾波器</translation>
    </message>
    <message>
        <source>Inception branch 2: filters of its 3×3 conv</source>
        <translation>Inception 分支 2：其 3×3 卷積的濾波器數</translation>
    </message>
    <message>
        <source>5×5 branch: 1×1 reduces to</source>
        <translation>5×5 分支：1×1 降到</translation>
    </message>
    <message>
        <source>Inception branch 3: 1×1 filters before its 5×5 conv</source>
        <translation>Inception 分支 3：其 5×5 卷積之前的 1×1 濾波器數</translation>
    </message>
    <message>
        <source>5×5 branch: 5×5 filters</source>
        <translation>5×5 分支：5×5 濾波器</translation>
    </message>
    <message>
        <source>Inception branch 3: filters of its 5×5 conv</source>
        <translation>Inception 分支 3：其 5×5 卷積的濾波器數</translation>
    </message>
    <message>
        <source>pool branch: 1×1 filters</source>
        <translation>池化分支：1×1 濾波器</translation>
    </message>
    <message>
        <source>Inception branch 4: 1×1 filters after its 3×3 max pool</source>
        <translation>Inception 分支 4：其 3×3 最大池化之後的 1×1 濾波器數</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>設計</translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation>輸出形狀</translation>
    </message>
    <message>
        <source>Params</source>
        <translation>參數量</translation>
    </message>
    <message>
        <source>Mult-adds</source>
        <translation>乘加次數</translation>
    </message>
    <message>
        <source>× baseline</source>
        <translation>× 基線</translation>
    </message>
    <message>
        <source>RF</source>
        <translation>感受野</translation>
    </message>
    <message>
        <source>The design; the first row of each group is its baseline</source>
        <translation>設計；每組的第一列是它的基線</translation>
    </message>
    <message>
        <source>Per-sample output (C, H, W)</source>
        <translation>每個樣本的輸出 (C, H, W)</translation>
    </message>
    <message>
        <source>Learned weights (and biases if &apos;bias&apos; is ticked)</source>
        <translation>學到的權重（勾選「偏置」時含偏置）</translation>
    </message>
    <message>
        <source>Multiply-adds for one input</source>
        <translation>一個輸入所需的乘加次數</translation>
    </message>
    <message>
        <source>Mult-adds ÷ the baseline&apos;s (the first row of the group: the plain convolution the design replaces)</source>
        <translation>乘加次數 ÷ 基線的乘加次數（基線是組內第一列：該設計所替代的普通卷積）</translation>
    </message>
    <message>
        <source>Receptive field in input pixels</source>
        <translation>以輸入像素計的感受野</translation>
    </message>
    <message>
        <source>Your layer</source>
        <translation>你的層</translation>
    </message>
    <message>
        <source>count biases</source>
        <translation>計入偏置</translation>
    </message>
    <message>
        <source>Count one bias per filter (textbook figures omit it)</source>
        <translation>每個濾波器計入一個偏置（教科書中的數字通常不計）</translation>
    </message>
    <message>
        <source>Inception block (GoogLeNet&apos;s 3a by default)</source>
        <translation>Inception 模組（預設為 GoogLeNet 的 3a）</translation>
    </message>
    <message>
        <source>Parameters and multiply-adds per design. Each group starts with its baseline, the plain convolution the design replaces; &apos;× baseline&apos; divides the mult-adds by the baseline&apos;s. RF = receptive field in input pixels.</source>
        <translation>每種設計的參數量和乘加次數。每組從它的基線開始，即該設計所替代的普通卷積；&apos;× 基線&apos; 是乘加次數除以基線的乘加次數。感受野以輸入像素計。</translation>
    </message>
    <message>
        <source>Shown while the costs of new numbers are being computed</source>
        <translation>正在計算新數值的開銷時顯示</translation>
    </message>
    <message>
        <source>{0}   (× baseline: relative to its first row)</source>
        <translation>{0}   （× 基線：相對於本組第一列）</translation>
    </message>
    <message>
        <source>baseline: {0}</source>
        <translation>基線：{0}</translation>
    </message>
</context>
<context>
    <name>DrawPage</name>
    <message>
        <source>Draw a digit: left-drag paints, right-drag erases</source>
        <translation>畫一個數字：左鍵拖動繪製，右鍵拖動擦除</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Start a new drawing</source>
        <translation>重新開始畫</translation>
    </message>
    <message>
        <source>From the camera</source>
        <translation>取自攝影機</translation>
    </message>
    <message>
        <source>Take the live camera&apos;s frame: a digit written dark on paper, held in the middle of the picture (a centred crop, thresholded, scaled and centred as the training digits are)</source>
        <translation>取即時攝影機的目前幀：在紙上用深色寫一個數字，放在畫面中央（居中裁剪、二值化、縮放並居中，與訓練數字的處理方式相同）</translation>
    </message>
    <message>
        <source>Draw a digit in the box (white on black, as the training digits are).</source>
        <translation>在方框中畫一個數字（黑底白字，與訓練數字相同）。</translation>
    </message>
    <message>
        <source>class probabilities (softmax of the scores)</source>
        <translation>類別機率（得分的 softmax）</translation>
    </message>
    <message>
        <source>Start the live camera first (File → Live camera…).</source>
        <translation>請先開啟即時攝影機（檔案 → 即時攝影機…）。</translation>
    </message>
    <message>
        <source>The stack takes no 1×28×28 picture: set its input to Gray and 28×28.</source>
        <translation>該堆疊不接受 1×28×28 的圖片：請把它的輸入設為灰階和 28×28。</translation>
    </message>
    <message>
        <source>The stack does not end in class scores (a Linear layer), so it names no digit.</source>
        <translation>該堆疊的末尾不是類別得分（全連接層），因此無法識別數字。</translation>
    </message>
    <message>
        <source>The stack reads a &lt;b&gt;{0}&lt;/b&gt; ({1} %).</source>
        <translation>堆疊識別為 &lt;b&gt;{0}&lt;/b&gt;（{1} %）。</translation>
    </message>
</context>
<context>
    <name>DropoutWidget</name>
    <message>
        <source>Mask: {0} kept: passed through unchanged</source>
        <translation>遮罩：{0} 保留：原樣通過</translation>
    </message>
    <message>
        <source>Mask: {0} kept: multiplied by 1/(1 − rate) = {1} &amp;nbsp;&amp;nbsp; {2} dropped: set to 0</source>
        <translation>遮罩：{0} 保留：乘以 1/(1 − 比率) = {1} &amp;nbsp;&amp;nbsp; {2} 丟棄：置為 0</translation>
    </message>
    <message>
        <source>Dropout rate: the chance each unit is zeroed</source>
        <translation>隨機失活比率：每個單元被置零的機率</translation>
    </message>
    <message>
        <source>Seed of the random mask</source>
        <translation>隨機遮罩的種子</translation>
    </message>
    <message>
        <source>train mode</source>
        <translation>訓練模式</translation>
    </message>
    <message>
        <source>Train mode drops units; eval mode (inference) passes them all through</source>
        <translation>訓練模式會丟棄單元；評估模式（推理）讓所有單元通過</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>種子</translation>
    </message>
    <message>
        <source>What dropout did to this map</source>
        <translation>隨機失活對這張特徵圖做了什麼</translation>
    </message>
    <message>
        <source>Left: a map of units. Middle: the mask, kept units light gray, dropped ones black. Right: the output.</source>
        <translation>左：一張由單元組成的特徵圖。中：遮罩，保留的單元為淺灰色，丟棄的為黑色。右：輸出。</translation>
    </message>
    <message>
        <source>What the colours of the mask mean</source>
        <translation>遮罩中各顏色的含義</translation>
    </message>
    <message>
        <source>input</source>
        <translation>輸入</translation>
    </message>
    <message>
        <source>mask</source>
        <translation>遮罩</translation>
    </message>
    <message>
        <source>output</source>
        <translation>輸出</translation>
    </message>
    <message>
        <source>Train mode: {0} of units dropped (rate {1}); the rest are multiplied by 1/(1 − rate) = {2}, so the mean stays about the same ({3} in, {4} out).</source>
        <translation>訓練模式：丟棄了 {0} 的單元（比率 {1}）；其餘單元乘以 1/(1 − 比率) = {2}，因此均值大致不變（輸入 {3}，輸出 {4}）。</translation>
    </message>
    <message>
        <source>Eval mode (inference): nothing is dropped and nothing is scaled — the output equals the input.</source>
        <translation>評估模式（推理）：不丟棄也不縮放 — 輸出等於輸入。</translation>
    </message>
</context>
<context>
    <name>FeatureGridWidget</name>
    <message>
        <source>The stack&apos;s input; the yellow area feeds the hovered cell. Click to open it large.</source>
        <translation>堆疊的輸入；黃色區域就是輸入給滑鼠所停的儲存格的部分。按一下可放大檢視。</translation>
    </message>
    <message>
        <source>Each row is a layer&apos;s output, one tile per channel (the first {0}); a vector is drawn as bars. Hover a cell to see the input pixels that feed it (highlighted on the input); click a tile to open it large.</source>
        <translation>每一列是一層的輸出，每個通道一個圖塊（最多前 {0} 個）；向量畫成長條圖。游標停在儲存格上可看到輸入給它的像素（在輸入上醒目顯示）；按一下圖塊可放大檢視。</translation>
    </message>
    <message>
        <source>Shown while the stack&apos;s new maps are being computed</source>
        <translation>正在計算堆疊的新特徵圖時顯示</translation>
    </message>
    <message>
        <source>Hover a cell of any tile: the yellow area of the input is exactly what feeds it. Click a tile to open it large.</source>
        <translation>把滑鼠停在任一圖塊的儲存格上：輸入中的黃色區域正是輸入給它的部分。按一下圖塊可放大檢視。</translation>
    </message>
    <message>
        <source>The hovered cell and the size of its receptive field</source>
        <translation>滑鼠所停的儲存格及其感受野的大小</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>輸入</translation>
    </message>
    <message>
        <source>Input {0}</source>
        <translation>輸入 {0}</translation>
    </message>
    <message>
        <source>Input, channel {0}, cell (row {1}, col {2})</source>
        <translation>輸入，通道 {0}，儲存格（第 {1} 列，第 {2} 行）</translation>
    </message>
    <message>
        <source>Input, cell (row {0}, col {1})</source>
        <translation>輸入，儲存格（第 {0} 列，第 {1} 行）</translation>
    </message>
    <message>
        <source>{0}, index {1}</source>
        <translation>{0}，索引 {1}</translation>
    </message>
    <message>
        <source>{0}, channel {1}, cell (row {2}, col {3})</source>
        <translation>{0}，通道 {1}，儲存格（第 {2} 列，第 {3} 行）</translation>
    </message>
    <message>
        <source>{0} = {1} sees no input pixel.</source>
        <translation>{0} = {1}，看不到任何輸入像素。</translation>
    </message>
    <message>
        <source>{0} = {1} sees {2} input pixels in rows {3}–{4}, cols {5}–{6}.</source>
        <translation>{0} = {1}，看到 {2} 個輸入像素，位於第 {3}–{4} 列、第 {5}–{6} 行。</translation>
    </message>
    <message>
        <source>vector of {0}</source>
        <translation>{0} 維向量</translation>
    </message>
    <message>
        <source>+{0} more not shown</source>
        <translation>另有 {0} 個未顯示</translation>
    </message>
    <message>
        <source>train: drops p = {0}</source>
        <translation>訓練：丟棄 p = {0}</translation>
    </message>
    <message>
        <source>eval: passes all</source>
        <translation>評估：全部通過</translation>
    </message>
</context>
<context>
    <name>LayerFormWidget</name>
    <message>
        <source>Layer</source>
        <translation>層</translation>
    </message>
    <message>
        <source>Parameters of the selected layer</source>
        <translation>所選層的參數</translation>
    </message>
    <message>
        <source>Why the last value typed was not accepted</source>
        <translation>上次輸入的值為何未被接受</translation>
    </message>
    <message>
        <source>Select or add a layer.</source>
        <translation>請選擇或新增一層。</translation>
    </message>
    <message>
        <source>No parameters.</source>
        <translation>無參數。</translation>
    </message>
    <message>
        <source>Drops units only in train mode (Mode, above); eval mode passes all through.</source>
        <translation>只在訓練模式下丟棄單元（見上方的「模式」）；評估模式讓所有單元通過。</translation>
    </message>
    <message>
        <source>Not changed: {0}</source>
        <translation>未更改：{0}</translation>
    </message>
</context>
<context>
    <name>LayerListWidget</name>
    <message>
        <source>Layers in order, input at the top. Drag a layer to move it; select it to edit it.</source>
        <translation>按順序排列的層，輸入在最上方。拖動一層可移動它；選取一層可編輯它。</translation>
    </message>
</context>
<context>
    <name>ScaleBar</name>
    <message>
        <source>The colour scale: colour ↔ value</source>
        <translation>色標：顏色 ↔ 數值</translation>
    </message>
</context>
<context>
    <name>StackEditorWidget</name>
    <message>
        <source>Image size</source>
        <translation>影像尺寸</translation>
    </message>
    <message>
        <source>Replace the stack with a shipped example</source>
        <translation>用內建的範例替換目前堆疊</translation>
    </message>
    <message>
        <source>Open example…</source>
        <translation>開啟範例…</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>載入…</translation>
    </message>
    <message>
        <source>Load a stack (.json, with weights from the .npz beside it)</source>
        <translation>載入堆疊（.json，權重取自同目錄的 .npz）</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>儲存…</translation>
    </message>
    <message>
        <source>Save the stack as .json and its weights as .npz</source>
        <translation>把堆疊儲存為 .json，權重儲存為 .npz</translation>
    </message>
    <message>
        <source>What the stack you opened is</source>
        <translation>你開啟的堆疊是什麼</translation>
    </message>
    <message>
        <source>Feed the image as 1 gray channel or 3 RGB channels</source>
        <translation>以 1 個灰階通道或 3 個 RGB 通道輸入影像</translation>
    </message>
    <message>
        <source>Gray (1×H×W)</source>
        <translation>灰階 (1×H×W)</translation>
    </message>
    <message>
        <source>RGB (3×H×W)</source>
        <translation>RGB (3×H×W)</translation>
    </message>
    <message>
        <source>Resize the image before the stack (examples expect 28 or 32)</source>
        <translation>在進入堆疊前縮放影像（範例需要 28 或 32）</translation>
    </message>
    <message>
        <source>Input:</source>
        <translation>輸入：</translation>
    </message>
    <message>
        <source>Eval mode (the default, as torch&apos;s model.eval()): dropout passes every unit through unchanged. Train mode (model.train()): dropout zeroes random units and scales the rest.</source>
        <translation>評估模式（預設，相當於 torch 的 model.eval()）：隨機失活讓每個單元原樣通過。訓練模式（model.train()）：隨機失活把隨機的單元置零並縮放其餘單元。</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>模式：</translation>
    </message>
    <message>
        <source>eval (dropout off)</source>
        <translation>評估（隨機失活關閉）</translation>
    </message>
    <message>
        <source>train (dropout on)</source>
        <translation>訓練（隨機失活開啟）</translation>
    </message>
    <message>
        <source>Kind of layer to add</source>
        <translation>要新增的層的種類</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Insert a layer of this kind after the selected one</source>
        <translation>在所選層之後插入一層該種類的層</translation>
    </message>
    <message>
        <source>▲ Up</source>
        <translation>▲ 上移</translation>
    </message>
    <message>
        <source>Move the selected layer one place towards the input</source>
        <translation>把所選層向輸入方向移動一位</translation>
    </message>
    <message>
        <source>▼ Down</source>
        <translation>▼ 下移</translation>
    </message>
    <message>
        <source>Move the selected layer one place towards the output</source>
        <translation>把所選層向輸出方向移動一位</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Delete the selected layer</source>
        <translation>刪除所選層</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Delete every layer</source>
        <translation>刪除所有層</translation>
    </message>
    <message>
        <source>What went wrong with the last file or layer</source>
        <translation>上一個檔案或層出了什麼問題</translation>
    </message>
    <message>
        <source>Layer {0}: {1}</source>
        <translation>第 {0} 層：{1}</translation>
    </message>
    <message>
        <source>Not changed: {0}</source>
        <translation>未更改：{0}</translation>
    </message>
    <message>
        <source>Not loaded: {0}</source>
        <translation>未載入：{0}</translation>
    </message>
    <message>
        <source>Load stack</source>
        <translation>載入堆疊</translation>
    </message>
    <message>
        <source>Stacks (*.json)</source>
        <translation>堆疊 (*.json)</translation>
    </message>
    <message>
        <source>Save stack</source>
        <translation>儲存堆疊</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>未儲存：{0}</translation>
    </message>
</context>
<context>
    <name>StackExamples</name>
    <message>
        <source>Depthwise-separable block (32×32 RGB)</source>
        <translation>深度可分離卷積區塊（32×32 RGB）</translation>
    </message>
    <message>
        <source>MobileNet-style: a 3×3 stem, then a 3×3 depthwise conv (one filter per channel) and a 1×1 pointwise conv that mixes channels.</source>
        <translation>MobileNet 風格：先是一個 3×3 的起始卷積，然後是 3×3 的逐通道卷積（每個通道一個濾波器）和混合各通道的 1×1 逐點卷積。</translation>
    </message>
    <message>
        <source>Encoder–decoder (28×28 gray)</source>
        <translation>編碼器–解碼器（28×28 灰階）</translation>
    </message>
    <message>
        <source>Two stride-2 convolutions halve the size twice; two stride-2 transposed convolutions (output_padding 1) bring 7×7 back to 28×28.</source>
        <translation>兩個步長為 2 的卷積把尺寸減半兩次；兩個步長為 2 的轉置卷積（output_padding 1）把 7×7 還原為 28×28。</translation>
    </message>
    <message>
        <source>LeNet-5 (28×28 gray)</source>
        <translation>LeNet-5（28×28 灰階）</translation>
    </message>
    <message>
        <source>LeCun et al. 1998, as usually adapted to 28×28 MNIST: padding 2 on the first conv keeps 28×28. Its weights (lenet5.npz) were trained by `python -m convviz.train --fresh` (seed 0, 40 epochs, Adam) on the bundled digits: 97.2 % of their 500 test images right.</source>
        <translation>LeCun 等人 1998 年的網路，依一般做法改為適用 28×28 的 MNIST：第一個卷積填充 2，保持 28×28。它的權重（lenet5.npz）由 `python -m convviz.train --fresh`（隨機種子 0，40 輪，Adam）在內附的手寫數字上訓練而得：500 張測試影像中 97.2 % 辨識正確。</translation>
    </message>
    <message>
        <source>VGG-style block (32×32 RGB)</source>
        <translation>VGG 風格的卷積區塊（32×32 RGB）</translation>
    </message>
    <message>
        <source>Two 3×3 &apos;same&apos; convolutions (receptive field 5×5), 2×2 max pool, dropout (it drops units only in train mode); CIFAR-sized input.</source>
        <translation>兩個 3×3 的 SAME 卷積（感受野 5×5）、2×2 最大池化、隨機失活（只在訓練模式下丟棄單元）；CIFAR 大小的輸入。</translation>
    </message>
</context>
<context>
    <name>StackWidget</name>
    <message>
        <source>Views of the stack and explanations</source>
        <translation>堆疊的檢視與講解</translation>
    </message>
    <message>
        <source>Feature maps &amp;&amp; summary</source>
        <translation>特徵圖與摘要</translation>
    </message>
    <message>
        <source>Compare designs</source>
        <translation>比較設計</translation>
    </message>
    <message>
        <source>Transposed conv</source>
        <translation>轉置卷積</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>隨機失活</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>訓練</translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation>手寫數字</translation>
    </message>
    <message>
        <source>Every layer&apos;s output and the Keras-style summary</source>
        <translation>每一層的輸出和 Keras 風格的摘要</translation>
    </message>
    <message>
        <source>Parameter and mult-add costs of common designs, for your numbers</source>
        <translation>按你的數值計算常見設計的參數量和乘加次數</translation>
    </message>
    <message>
        <source>How a transposed convolution stamps the kernel, and why it is Cᵀ</source>
        <translation>轉置卷積如何逐個印上卷積核，以及它為何是 Cᵀ</translation>
    </message>
    <message>
        <source>Which units dropout zeroes and how it rescales the rest</source>
        <translation>隨機失活把哪些單元置零，以及如何縮放其餘單元</translation>
    </message>
    <message>
        <source>Train the stack on handwritten digits and watch it learn</source>
        <translation>用手寫數字訓練堆疊，觀察它的學習過程</translation>
    </message>
    <message>
        <source>Draw a digit with the mouse and see what the stack reads</source>
        <translation>用滑鼠畫一個數字，看堆疊把它識別成什麼</translation>
    </message>
</context>
<context>
    <name>SummaryTableWidget</name>
    <message>
        <source>Layer</source>
        <translation>層</translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation>輸出形狀</translation>
    </message>
    <message>
        <source>Param #</source>
        <translation>參數量</translation>
    </message>
    <message>
        <source>Mult-adds</source>
        <translation>乘加次數</translation>
    </message>
    <message>
        <source>RF size</source>
        <translation>感受野大小</translation>
    </message>
    <message>
        <source>RF jump</source>
        <translation>感受野跳距</translation>
    </message>
    <message>
        <source>Layer name, as the layer list and the tile rows call it</source>
        <translation>層名，與層清單和圖塊列中的名稱相同</translation>
    </message>
    <message>
        <source>Per-sample output (C, H, W) or (features,)</source>
        <translation>每個樣本的輸出 (C, H, W) 或 (特徵數,)</translation>
    </message>
    <message>
        <source>Learned weights and biases</source>
        <translation>學到的權重和偏置</translation>
    </message>
    <message>
        <source>Multiply-adds for one input (bias adds not counted)</source>
        <translation>一個輸入所需的乘加次數（不計偏置的加法）</translation>
    </message>
    <message>
        <source>Receptive field: the largest box of input pixels (height × width) that feeds one output cell, over all the layer&apos;s cells — exactly the largest region hovering a tile highlights. Counted exactly, with padding, the input&apos;s border and transposed convolutions as they are; for convolution and pooling away from the border it is the textbook r + (k − 1)·j.</source>
        <translation>感受野：在該層所有儲存格中，輸入給一個輸出儲存格的最大輸入像素框（高 × 寬）— 正是把滑鼠停在圖塊上時高亮的最大區域。按實際情況精確計算，包括填充、輸入的邊界和轉置卷積；對遠離邊界的卷積和池化，它就是教科書中的 r + (k − 1)·j。</translation>
    </message>
    <message>
        <source>Input distance between neighbouring output cells (— where there are none: a vector, a 1×1 map)</source>
        <translation>相鄰輸出儲存格在輸入上的距離（沒有相鄰儲存格時為 —：向量或 1×1 特徵圖）</translation>
    </message>
    <message>
        <source>RF {0}: each unit of Flatten is one cell of the map before it, and sees what that cell sees.</source>
        <translation>感受野 {0}：展平層的每個單元就是前一張特徵圖的一個儲存格，看到的也與該儲存格相同。</translation>
    </message>
    <message>
        <source>RF {0}: every unit here mixes all the features before it, so it sees every input pixel they see.</source>
        <translation>感受野 {0}：這裡的每個單元混合了之前的所有特徵，因此能看到它們所看到的每個輸入像素。</translation>
    </message>
    <message>
        <source>RF {0}, counted exactly. A transposed convolution spreads each input cell over several output cells, so the conv formula r + (k − 1)·j does not apply here (nor after it).</source>
        <translation>感受野 {0}，精確計算。轉置卷積把每個輸入儲存格分散到多個輸出儲存格，因此卷積公式 r + (k − 1)·j 在這裡（及其之後）不適用。</translation>
    </message>
    <message>
        <source>RF {0}, counted exactly. The formula r + (k − 1)·j gives {1}, but no cell really sees that much: the input&apos;s border (or cells a stride skips) cuts every region.</source>
        <translation>感受野 {0}，精確計算。公式 r + (k − 1)·j 給出 {1}，但沒有哪個儲存格真能看到這麼多：輸入的邊界（或步長跳過的儲存格）截斷了每個區域。</translation>
    </message>
    <message>
        <source>RF {0} = r + (k − 1)·j, the textbook formula (a cell away from the border sees this much).</source>
        <translation>感受野 {0} = r + (k − 1)·j，即教科書公式（遠離邊界的儲存格能看到這麼多）。</translation>
    </message>
    <message>
        <source>A vector has no neighbouring cells, so the jump between them means nothing.</source>
        <translation>向量沒有相鄰的儲存格，因此它們之間的跳距沒有意義。</translation>
    </message>
    <message>
        <source>A 1×1 map has no neighbouring cells, so the jump between them means nothing.</source>
        <translation>1×1 特徵圖沒有相鄰的儲存格，因此它們之間的跳距沒有意義。</translation>
    </message>
    <message>
        <source>Input pixels between the centres of neighbouring output cells</source>
        <translation>相鄰輸出儲存格中心之間相隔的輸入像素數</translation>
    </message>
    <message>
        <source>Summary of the stack, updated as you edit it. Click a row to select that layer.</source>
        <translation>堆疊的摘要，隨編輯即時更新。按一下一列可選取該層。</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>輸入</translation>
    </message>
    <message>
        <source>Not built: a layer above has an error</source>
        <translation>未建構：上方某一層有錯誤</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>總計</translation>
    </message>
</context>
<context>
    <name>TileDialog</name>
    <message>
        <source>Input</source>
        <translation>輸入</translation>
    </message>
    <message>
        <source>{0}: a vector of {1} values (index from 0)</source>
        <translation>{0}：含 {1} 個值的向量（索引從 0 開始）</translation>
    </message>
    <message>
        <source>{0}: RGB, {1}×{2}</source>
        <translation>{0}：RGB，{1}×{2}</translation>
    </message>
    <message>
        <source>Input: gray, {0}×{1}</source>
        <translation>輸入：灰階，{0}×{1}</translation>
    </message>
    <message>
        <source>{0}: channel {1} of {2}, {3}×{4}</source>
        <translation>{0}：第 {1} 個通道（共 {2} 個），{3}×{4}</translation>
    </message>
    <message>
        <source>Tile</source>
        <translation>圖塊</translation>
    </message>
    <message>
        <source>The layer and channel shown (channels are counted from 1)</source>
        <translation>顯示的層和通道（通道從 1 開始計數）</translation>
    </message>
    <message>
        <source>◀ Channel</source>
        <translation>◀ 通道</translation>
    </message>
    <message>
        <source>Show the previous channel (←)</source>
        <translation>顯示上一個通道 (←)</translation>
    </message>
    <message>
        <source>Channel ▶</source>
        <translation>通道 ▶</translation>
    </message>
    <message>
        <source>Show the next channel (→)</source>
        <translation>顯示下一個通道 (→)</translation>
    </message>
    <message>
        <source>Hover a cell to read its value</source>
        <translation>把滑鼠停在儲存格上讀取它的值</translation>
    </message>
    <message>
        <source>Hover a bar to read its value</source>
        <translation>把滑鼠停在柱上讀取它的值</translation>
    </message>
    <message>
        <source>Hover a cell to read its value.</source>
        <translation>把滑鼠停在儲存格上讀取它的值。</translation>
    </message>
    <message>
        <source>The cell under the mouse and its exact value</source>
        <translation>滑鼠下的儲存格及其精確值</translation>
    </message>
    <message>
        <source>row</source>
        <translation>列</translation>
    </message>
    <message>
        <source>col</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Colour ↔ value, on the same scale as the tiles</source>
        <translation>顏色 ↔ 數值，與圖塊使用相同的色標</translation>
    </message>
    <message>
        <source>index</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>Hover a bar to read its value.</source>
        <translation>把滑鼠停在柱上讀取它的值。</translation>
    </message>
    <message>
        <source>index {0} = {1}</source>
        <translation>索引 {0} = {1}</translation>
    </message>
    <message>
        <source>row {0}, col {1} = {2}</source>
        <translation>第 {0} 列，第 {1} 行 = {2}</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <source>What to train on: the bundled digits, or a folder with one sub-folder per class</source>
        <translation>訓練資料：內建的數字，或每個類別一個子資料夾的資料夾</translation>
    </message>
    <message>
        <source>bundled digits (MNIST, 5,000)</source>
        <translation>內建的數字 (MNIST, 5,000)</translation>
    </message>
    <message>
        <source>a folder of my images…</source>
        <translation>我自己的影像資料夾…</translation>
    </message>
    <message>
        <source>Passes over the 4,000 training digits</source>
        <translation>遍歷 4,000 個訓練數字的輪數</translation>
    </message>
    <message>
        <source>Learning rate: how far each step moves the weights</source>
        <translation>學習率：每一步移動權重的幅度</translation>
    </message>
    <message>
        <source>Adam adapts each weight&apos;s step; SGD uses momentum 0.9</source>
        <translation>Adam 為每個權重自適應步幅；SGD 使用動量 0.9</translation>
    </message>
    <message>
        <source>from random weights</source>
        <translation>從隨機權重開始</translation>
    </message>
    <message>
        <source>Start from random weights (seed 0) instead of the stack&apos;s</source>
        <translation>從隨機權重（種子 0）開始，而不是堆疊目前的權重</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>訓練</translation>
    </message>
    <message>
        <source>Train the stack on the bundled digits</source>
        <translation>用內建的數字訓練堆疊</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <source>Pause after the minibatches under way; press again to go on</source>
        <translation>在進行中的小批次完成後暫停；再按一次繼續</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>End training here and keep its weights</source>
        <translation>在此結束訓練並保留其權重</translation>
    </message>
    <message>
        <source>The digits: 4,000 to train on, 500 to validate (never trained on).</source>
        <translation>數字資料：4,000 個用於訓練，500 個用於驗證（從不參與訓練）。</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>minibatch</source>
        <translation>小批次</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>驗證</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>輪數</translation>
    </message>
    <message>
        <source>accuracy %</source>
        <translation>準確率 %</translation>
    </message>
    <message>
        <source>train</source>
        <translation>訓練</translation>
    </message>
    <message>
        <source>The first layer&apos;s kernels (blue negative, red positive), redrawn as they learn</source>
        <translation>第一層的卷積核（藍色為負，紅色為正），隨學習過程重繪</translation>
    </message>
    <message>
        <source>Validation digits: row = the digit it is, column = the digit the stack said</source>
        <translation>驗證數字：列 = 真實的數字，行 = 堆疊給出的數字</translation>
    </message>
    <message>
        <source>Per digit: the share of its validation images the stack got right</source>
        <translation>每個數字：堆疊識別正確的驗證影像所佔的比例</translation>
    </message>
    <message>
        <source>Validation digits the stack gets wrong (true → said): click one to see its maps</source>
        <translation>堆疊識別錯誤的驗證數字（真實 → 識別）：按一下一個可檢視它的特徵圖</translation>
    </message>
    <message>
        <source>train on</source>
        <translation>訓練資料</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>學習率</translation>
    </message>
    <message>
        <source>First layer&apos;s kernels</source>
        <translation>第一層的卷積核</translation>
    </message>
    <message>
        <source>Confusion matrix (validation) and per-digit accuracy</source>
        <translation>混淆矩陣（驗證集）及每個數字的準確率</translation>
    </message>
    <message>
        <source>Misclassified validation digits</source>
        <translation>分類錯誤的驗證數字</translation>
    </message>
    <message>
        <source>the images are {0}: set the stack&apos;s input to match (the digits: Gray, 28×28)</source>
        <translation>影像為 {0}：請把堆疊的輸入設為與之一致（數字資料：灰階，28×28）</translation>
    </message>
    <message>
        <source>a layer of the stack does not fit: fix it first</source>
        <translation>堆疊中有一層不匹配：請先修正它</translation>
    </message>
    <message>
        <source>Cannot train: {0}.</source>
        <translation>無法訓練：{0}。</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>訓練中…</translation>
    </message>
    <message>
        <source>A folder with one sub-folder per class</source>
        <translation>每個類別一個子資料夾的資料夾</translation>
    </message>
    <message>
        <source>Reading {0} …</source>
        <translation>正在讀取 {0} …</translation>
    </message>
    <message>
        <source>Cannot train on that folder: {0}.</source>
        <translation>無法用該資料夾訓練：{0}。</translation>
    </message>
    <message>
        <source>{0}: {1} classes ({2}); {3} to train on, {4} to validate.</source>
        <translation>{0}：{1} 個類別（{2}）；{3} 個用於訓練，{4} 個用於驗證。</translation>
    </message>
    <message>
        <source>Paused: the stack shows the weights so far. Press Pause again to go on.</source>
        <translation>已暫停：堆疊顯示目前為止的權重。再按一次「暫停」繼續。</translation>
    </message>
    <message>
        <source>epoch {0} of {1}</source>
        <translation>第 {0}/{1} 輪</translation>
    </message>
    <message>
        <source>Epoch {0}: loss {1}, train {2} %, validation {3} % ({4} s an epoch).</source>
        <translation>第 {0} 輪：損失 {1}，訓練 {2} %，驗證 {3} %（每輪 {4} 秒）。</translation>
    </message>
    <message>
        <source>Training stopped: {0}</source>
        <translation>訓練已停止：{0}</translation>
    </message>
    <message>
        <source>The stack was edited while training: its weights were left as they are.</source>
        <translation>訓練期間堆疊被編輯過：其權重保持原樣。</translation>
    </message>
    <message>
        <source>The trained weights no longer fit the stack: {0}.</source>
        <translation>訓練得到的權重已不再適合該堆疊：{0}。</translation>
    </message>
</context>
<context>
    <name>TransposeExplainWidget</name>
    <message>
        <source>input</source>
        <translation>輸入</translation>
    </message>
    <message>
        <source>Height and width of the small input x</source>
        <translation>小輸入 x 的高和寬</translation>
    </message>
    <message>
        <source>stride</source>
        <translation>步長</translation>
    </message>
    <message>
        <source>Stride: how far apart the stamps land</source>
        <translation>步長：各次印上的位置相隔多遠</translation>
    </message>
    <message>
        <source>padding</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>Rows/cols cropped from each output border</source>
        <translation>從輸出每條邊裁掉的列/行數</translation>
    </message>
    <message>
        <source>output padding</source>
        <translation>輸出填充</translation>
    </message>
    <message>
        <source>Extra rows/cols at the bottom/right (&lt; stride)</source>
        <translation>在底部/右側額外增加的列/行數（&lt; 步長）</translation>
    </message>
    <message>
        <source>How many input cells have stamped so far</source>
        <translation>到目前為止已印上的輸入儲存格數</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <source>Sizes, and the check that conv_transpose2d equals Cᵀ·x</source>
        <translation>尺寸，以及 conv_transpose2d 等於 Cᵀ·x 的驗證</translation>
    </message>
    <message>
        <source>Top: input x, kernel, this step&apos;s stamp and the running output. Bottom: the convolution matrix C and its transpose Cᵀ.</source>
        <translation>上：輸入 x、卷積核、本步印上的內容和累積的輸出。下：卷積矩陣 C 及其轉置 Cᵀ。</translation>
    </message>
    <message>
        <source>input x</source>
        <translation>輸入 x</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>卷積核</translation>
    </message>
    <message>
        <source>x[r,c] · kernel</source>
        <translation>x[r,c] · 卷積核</translation>
    </message>
    <message>
        <source>output so far</source>
        <translation>目前的輸出</translation>
    </message>
    <message>
        <source>C (the conv: big image → x)</source>
        <translation>C（卷積：大影像 → x）</translation>
    </message>
    <message>
        <source>row: cell of x (its output)</source>
        <translation>列：x 的儲存格（卷積的輸出）</translation>
    </message>
    <message>
        <source>column: cell of the big image (its input)</source>
        <translation>行：大影像的儲存格（卷積的輸入）</translation>
    </message>
    <message>
        <source>Cᵀ (transposed conv: x → big image)</source>
        <translation>Cᵀ（轉置卷積：x → 大影像）</translation>
    </message>
    <message>
        <source>row: cell of the output</source>
        <translation>列：輸出的儲存格</translation>
    </message>
    <message>
        <source>column: cell of x (its input)</source>
        <translation>行：x 的儲存格（轉置卷積的輸入）</translation>
    </message>
    <message>
        <source>Colour ↔ value in C and Cᵀ (a kernel weight, or 0)</source>
        <translation>C 和 Cᵀ 中的顏色 ↔ 數值（一個卷積核權重，或 0）</translation>
    </message>
    <message>
        <source>Hover a cell of C or Cᵀ: its row and column say which cells it links, its value which kernel weight.</source>
        <translation>游標停在 C 或 Cᵀ 的儲存格上：它的列和行說明它連接哪兩個儲存格，它的值說明是哪個卷積核權重。</translation>
    </message>
    <message>
        <source>What the hovered entry of C or Cᵀ means</source>
        <translation>C 或 Cᵀ 中滑鼠所停項目的含義</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>計算中…</translation>
    </message>
    <message>
        <source>Not possible: {0}</source>
        <translation>不可行：{0}</translation>
    </message>
    <message>
        <source>Output size = (in − 1)·stride − 2·padding + kernel + output padding = ({0} − 1)·{1} − 2·{2} + 3 + {3} = {4}.   C is {5}×{6} ({7} non-zero): conv2d of a {4}×{8} image is C·x. conv_transpose2d(x) = Cᵀ·x reshaped: max |difference| = {9}</source>
        <translation>輸出尺寸 = (輸入 − 1)·步長 − 2·填充 + 卷積核 + 輸出填充 = ({0} − 1)·{1} − 2·{2} + 3 + {3} = {4}。   C 為 {5}×{6}（{7} 個非零）：對 {4}×{8} 影像的 conv2d 即 C·x。conv_transpose2d(x) = 重排後的 Cᵀ·x：最大 |差值| = {9}</translation>
    </message>
    <message>
        <source>Step {0} of {1}: nothing stamped yet</source>
        <translation>第 {0}/{1} 步：尚未印上任何內容</translation>
    </message>
    <message>
        <source>Step {0} of {1}: cell {2} of a {3}×{3} input</source>
        <translation>第 {0}/{1} 步：{3}×{3} 輸入的儲存格 {2}</translation>
    </message>
    <message>
        <source>0: the kernel does not reach that far</source>
        <translation>0：卷積核夠不到那麼遠</translation>
    </message>
    <message>
        <source>{0}[{1},{2}]: x cell ({3},{4}) and big-image cell ({5},{6}) — {7}. The conv reads that big-image cell with that weight to make that x cell.</source>
        <translation>{0}[{1},{2}]：x 的儲存格 ({3},{4}) 與大影像的儲存格 ({5},{6}) — {7}。卷積以這個權重讀取該大影像儲存格，得到該 x 儲存格。</translation>
    </message>
    <message>
        <source>{0}[{1},{2}]: x cell ({3},{4}) and big-image cell ({5},{6}) — {7}. The transposed conv stamps that x cell into that output cell with that weight.</source>
        <translation>{0}[{1},{2}]：x 的儲存格 ({3},{4}) 與大影像的儲存格 ({5},{6}) — {7}。轉置卷積以這個權重把該 x 儲存格印到該輸出儲存格。</translation>
    </message>
</context>
</TS>
