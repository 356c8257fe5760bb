<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DefaultModel</name>
    <message>
        <source>the shipped LeNet-5 could not be read</source>
        <translation>无法读取自带的 LeNet-5</translation>
    </message>
    <message>
        <source>LeNet-5 (trained on MNIST, shipped with convviz)</source>
        <translation>LeNet-5（在 MNIST 上训练，convviz 自带）</translation>
    </message>
</context>
<context>
    <name>HeatControls</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>saliency</source>
        <translation>显著图</translation>
    </message>
    <message>
        <source>Where does the score come from?</source>
        <translation>得分从哪里来？</translation>
    </message>
    <message>
        <source>Laid over the picture:
saliency — |∂ score / ∂ pixel|: the pixels that change the score most;
Grad-CAM — a convolution layer&apos;s maps weighted by how much the score gains from each.</source>
        <translation>叠加在图片上：
显著图 — |∂ 得分 / ∂ 像素|：最能改变得分的像素；
Grad-CAM — 卷积层的特征图，按得分从每张图获得的增益加权。</translation>
    </message>
    <message>
        <source>The class whose score is explained (top-1: the model&apos;s pick)</source>
        <translation>要解释其得分的类别（top-1：模型选出的类别）</translation>
    </message>
    <message>
        <source>The convolution layer Grad-CAM reads (the last one by default)</source>
        <translation>Grad-CAM 读取的卷积层（默认是最后一层）</translation>
    </message>
    <message>
        <source>show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>top-1 (the model&apos;s pick)</source>
        <translation>top-1（模型选出的类别）</translation>
    </message>
</context>
<context>
    <name>InputSettings</name>
    <message>
        <source>ImageNet mean/std</source>
        <translation>ImageNet 均值/标准差</translation>
    </message>
    <message>
        <source>[0, 1] (none)</source>
        <translation>[0, 1]（不归一化）</translation>
    </message>
    <message>
        <source>custom mean, std</source>
        <translation>自定义均值、标准差</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a list of numbers</source>
        <translation>“{0}”不是一列数字</translation>
    </message>
    <message>
        <source>give 1 or {0} numbers, not {1}</source>
        <translation>请给出 1 个或 {0} 个数字，而不是 {1} 个</translation>
    </message>
    <message>
        <source>the numbers must be finite</source>
        <translation>数字必须是有限值</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>What the model takes; the picture&apos;s shorter side is scaled to this size and the middle cropped</source>
        <translation>模型接受的输入；图片的短边缩放到这个尺寸，再裁出中间部分</translation>
    </message>
    <message>
        <source>How pixel values (0…1) become the model&apos;s input: (value − mean) / std per channel.
ImageNet: torchvision&apos;s statistics, what most colour models were trained with; [0, 1]: the pixels as they are.</source>
        <translation>像素值（0…1）如何变成模型的输入：每个通道 (值 − 均值) / 标准差。
ImageNet：torchvision 的统计量，大多数彩色模型用它训练；[0, 1]：像素保持原样。</translation>
    </message>
    <message>
        <source>The mean per channel, comma-separated (R, G, B)</source>
        <translation>每个通道的均值，用逗号分隔（R, G, B）</translation>
    </message>
    <message>
        <source>The standard deviation per channel, comma-separated</source>
        <translation>每个通道的标准差，用逗号分隔</translation>
    </message>
    <message>
        <source>Feed the channels as B, G, R (Caffe-era models read them so)</source>
        <translation>按 B, G, R 顺序送入通道（Caffe 时代的模型这样读取）</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <source>std</source>
        <translation>标准差</translation>
    </message>
    <message>
        <source>model takes</source>
        <translation>模型输入</translation>
    </message>
    <message>
        <source>run at</source>
        <translation>运行尺寸</translation>
    </message>
    <message>
        <source>normalise</source>
        <translation>归一化</translation>
    </message>
    <message>
        <source>any batch</source>
        <translation>任意批大小</translation>
    </message>
    <message>
        <source>batch {0}</source>
        <translation>批大小 {0}</translation>
    </message>
    <message>
        <source>gray</source>
        <translation>灰度</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>彩色</translation>
    </message>
    <message>
        <source>{0} channels</source>
        <translation>{0} 个通道</translation>
    </message>
    <message>
        <source>{0} × {1} × {2} (C × H × W)
{3}, NCHW, {4}</source>
        <translation>{0} × {1} × {2}（C × H × W）
{3}，NCHW，{4}</translation>
    </message>
    <message>
        <source>a standard deviation of 0 divides by zero</source>
        <translation>标准差为 0 会除以零</translation>
    </message>
    <message>
        <source>Not used: {0}.</source>
        <translation>未采用：{0}。</translation>
    </message>
</context>
<context>
    <name>LayerTable</name>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Op</source>
        <translation>算子</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Params</source>
        <translation>参数</translation>
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
        <translation>节点在文件中的名称</translation>
    </message>
    <message>
        <source>The ONNX operator</source>
        <translation>ONNX 算子</translation>
    </message>
    <message>
        <source>Output shape per image: channels × height × width, or the length of a vector</source>
        <translation>每张图像的输出形状：通道 × 高 × 宽，或向量的长度</translation>
    </message>
    <message>
        <source>Weights and biases this layer adds (constants it is the first to read)</source>
        <translation>这一层新增的权重和偏置（它最先读取的常量）</translation>
    </message>
    <message>
        <source>Multiply-adds for one image</source>
        <translation>一张图像的乘加次数</translation>
    </message>
    <message>
        <source>Receptive field: the input box one output cell can see (r′ = r + d·(k − 1)·j through every path); click a cell of the maps for the exact field of that cell</source>
        <translation>感受野：一个输出单元能看到的输入方框（沿每条路径 r′ = r + d·(k − 1)·j）；单击特征图中的单元格可得到该单元格的精确感受野</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>scalar</source>
        <translation>标量</translation>
    </message>
    <message>
        <source>The model&apos;s layers: click one to see its maps, its filters and its cells&apos; fields</source>
        <translation>模型的各层：单击一层查看它的特征图、滤波器和单元格的感受野</translation>
    </message>
    <message>
        <source>Layers, learned parameters and multiply-adds for one image</source>
        <translation>层数、学到的参数和一张图像的乘加次数</translation>
    </message>
    <message>
        <source>What to know about this file</source>
        <translation>关于这个文件需要知道的事</translation>
    </message>
    <message>
        <source>{0} ({1}): output {2}</source>
        <translation>{0}（{1}）：输出 {2}</translation>
    </message>
    <message>
        <source>{0} multiply-adds for one image</source>
        <translation>一张图像 {0} 次乘加</translation>
    </message>
    <message>
        <source>Each output cell sees the whole input</source>
        <translation>每个输出单元都看到整个输入</translation>
    </message>
</context>
<context>
    <name>MapsPanel</name>
    <message>
        <source>The chosen layer and the size of its output</source>
        <translation>所选的层及其输出的尺寸</translation>
    </message>
    <message>
        <source>A wide layer is shown {0} maps at a time</source>
        <translation>通道多的层每次显示 {0} 张特征图</translation>
    </message>
    <message>
        <source>Each tile is one channel of the layer&apos;s output for the picture. Click a cell: its receptive field is drawn on the picture (the arrow keys move it). Double-click a tile to open it large.</source>
        <translation>每个图块是这一层对图片输出的一个通道。单击一个单元格：它的感受野会画在图片上（方向键可移动）。双击图块可放大打开。</translation>
    </message>
    <message>
        <source>Colour ↔ value, for every tile of this layer</source>
        <translation>颜色 ↔ 数值，适用于这一层的每个图块</translation>
    </message>
    <message>
        <source>The layer&apos;s output is a vector: one bar per unit. Click a bar for what it sees.</source>
        <translation>这一层的输出是一个向量：每个单元一根条。单击一根条查看它看到的区域。</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Click a cell of a map: its receptive field is drawn on the picture (the arrow keys move it).
Double-click a tile to open it large.</source>
        <translation>单击特征图中的单元格：它的感受野会画在图片上（方向键可移动）。
双击图块可放大打开。</translation>
    </message>
    <message>
        <source>The clicked cell, its value and the input pixels it depends on</source>
        <translation>所单击的单元格、它的值以及它依赖的输入像素</translation>
    </message>
    <message>
        <source>Which input channel&apos;s weights to show</source>
        <translation>显示哪个输入通道的权重</translation>
    </message>
    <message>
        <source>input channel </source>
        <translation>输入通道 </translation>
    </message>
    <message>
        <source>The layer&apos;s filters (its weights): one tile per output channel. Mid-gray is 0; lighter is positive, darker negative. Over R, G, B they are drawn in colour.</source>
        <translation>这一层的滤波器（它的权重）：每个输出通道一个图块。中灰为 0；较亮为正，较暗为负。作用于 R, G, B 的滤波器以彩色绘制。</translation>
    </message>
    <message>
        <source>Feature maps</source>
        <translation>特征图</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>滤波器</translation>
    </message>
    <message>
        <source>The chosen layer&apos;s output for the picture</source>
        <translation>所选层对图片的输出</translation>
    </message>
    <message>
        <source>The chosen convolution&apos;s weights</source>
        <translation>所选卷积层的权重</translation>
    </message>
    <message>
        <source>{0} ({1}): no maps to show</source>
        <translation>{0}（{1}）：没有可显示的特征图</translation>
    </message>
    <message>
        <source>{0} ({1}): a vector of {2}</source>
        <translation>{0}（{1}）：长度为 {2} 的向量</translation>
    </message>
    <message>
        <source>{0} ({1}): 1 map of {2}×{3}</source>
        <translation>{0}（{1}）：1 张 {2}×{3} 的特征图</translation>
    </message>
    <message>
        <source>{0} ({1}): {2} maps of {3}×{4}</source>
        <translation>{0}（{1}）：{2} 张 {3}×{4} 的特征图</translation>
    </message>
    <message>
        <source>maps {0}–{1} of {2}</source>
        <translation>第 {0}–{1} 张，共 {2} 张</translation>
    </message>
    <message>
        <source>{0}: not a convolution with weights in the file</source>
        <translation>{0}：不是权重存于文件中的卷积</translation>
    </message>
    <message>
        <source>{0}: {1} filters of {2} × {3}×{4}</source>
        <translation>{0}：{1} 个 {2} × {3}×{4} 的滤波器</translation>
    </message>
    <message>
        <source>Each filter over the picture&apos;s R, G, B, in colour:
mid-gray is a zero weight, the strongest weight (±{0}) full colour.</source>
        <translation>每个滤波器作用于图片的 R, G, B，以彩色显示：
中灰为零权重，最强的权重（±{0}）为全彩。</translation>
    </message>
    <message>
        <source>Input channel {0} of {1}: mid-gray is 0, white +{2}, black −{2}
(one scale for the whole layer).</source>
        <translation>输入通道 {0}/{1}：中灰为 0，白为 +{2}，黑为 −{2}
（整层使用同一刻度）。</translation>
    </message>
    <message>
        <source>{0} The first {1} of {2} filters.</source>
        <translation>{0} 显示 {2} 个滤波器中的前 {1} 个。</translation>
    </message>
</context>
<context>
    <name>NetworkTab</name>
    <message>
        <source>&lt;h3&gt;Open your own trained model&lt;/h3&gt;&lt;p&gt;File → &lt;b&gt;Open model…&lt;/b&gt; (Ctrl+Shift+O), or drop an &lt;b&gt;.onnx&lt;/b&gt; file on the window. convviz runs it on its own engine: every layer&apos;s maps of the current picture or the live camera, its filters, the top-5 classes, where a score comes from (saliency, Grad-CAM) and the exact receptive field of any cell you click.&lt;/p&gt;&lt;p&gt;Export one from PyTorch with &lt;code&gt;torch.onnx.export(model, x, &apos;model.onnx&apos;)&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;打开你自己训练的模型&lt;/h3&gt;&lt;p&gt;文件 → &lt;b&gt;打开模型…&lt;/b&gt;（Ctrl+Shift+O），或把 &lt;b&gt;.onnx&lt;/b&gt; 文件拖放到窗口上。convviz 用自己的引擎运行它：每一层对当前图片或实时摄像头的特征图、它的滤波器、top-5 类别、得分从哪里来（显著图、Grad-CAM），以及你单击的任一单元格的精确感受野。&lt;/p&gt;&lt;p&gt;从 PyTorch 导出一个：&lt;code&gt;torch.onnx.export(model, x, &apos;model.onnx&apos;)&lt;/code&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>pixels in [0, 1] as they are</source>
        <translation>像素保持 [0, 1] 原样</translation>
    </message>
    <message>
        <source>normalised with ImageNet&apos;s mean and std</source>
        <translation>用 ImageNet 的均值和标准差归一化</translation>
    </message>
    <message>
        <source>normalised with mean ({0}), std ({1})</source>
        <translation>用均值（{0}）、标准差（{1}）归一化</translation>
    </message>
    <message>
        <source>{0}, channels fed as B, G, R</source>
        <translation>{0}，通道按 B, G, R 送入</translation>
    </message>
    <message>
        <source>Open model…</source>
        <translation>打开模型…</translation>
    </message>
    <message>
        <source>Open an .onnx file (Ctrl+Shift+O)</source>
        <translation>打开一个 .onnx 文件（Ctrl+Shift+O）</translation>
    </message>
    <message>
        <source>Labels…</source>
        <translation>类别名称…</translation>
    </message>
    <message>
        <source>Name the classes: a text file with one class name per line (synset_words.txt …)</source>
        <translation>为类别命名：每行一个类别名称的文本文件（synset_words.txt …）</translation>
    </message>
    <message>
        <source>No model open</source>
        <translation>没有打开的模型</translation>
    </message>
    <message>
        <source>Opening the model (the window stays usable)</source>
        <translation>正在打开模型（窗口仍可使用）</translation>
    </message>
    <message>
        <source>Shown while the model runs on the new picture</source>
        <translation>模型处理新图片时显示</translation>
    </message>
    <message>
        <source>The picture as the model sees it: scaled (shorter side) and centre-cropped to its input. A clicked cell&apos;s receptive field is the bright part, outlined; a heat map shows where a score comes from.</source>
        <translation>模型看到的图片：按短边缩放并中心裁剪到它的输入尺寸。所单击单元格的感受野是亮的部分，带边框；热力图显示得分从哪里来。</translation>
    </message>
    <message>
        <source>&lt;b&gt;What the model sees&lt;/b&gt;</source>
        <translation>&lt;b&gt;模型看到的&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Class scores&lt;/b&gt; (top 5, probabilities by softmax)</source>
        <translation>&lt;b&gt;类别得分&lt;/b&gt;（前 5 名，概率由 softmax 算出）</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>各层</translation>
    </message>
    <message>
        <source>Click a layer to see its maps and filters</source>
        <translation>单击一层查看它的特征图和滤波器</translation>
    </message>
    <message>
        <source>Opening {0}…</source>
        <translation>正在打开 {0}…</translation>
    </message>
    <message>
        <source>{0} The model already open stays.</source>
        <translation>{0} 已打开的模型保持不变。</translation>
    </message>
    <message>
        <source>Cannot open the model</source>
        <translation>无法打开模型</translation>
    </message>
    <message>
        <source>Cannot open the shipped LeNet-5: {0}</source>
        <translation>无法打开自带的 LeNet-5：{0}</translation>
    </message>
    <message>
        <source>Cannot open {0}: {1}</source>
        <translation>无法打开 {0}：{1}</translation>
    </message>
    <message>
        <source>Opened {0}: {1}.</source>
        <translation>已打开 {0}：{1}。</translation>
    </message>
    <message>
        <source>The Layer stack tab&apos;s trained LeNet-5, exported to ONNX by convviz and read back.</source>
        <translation>“层堆叠”标签页里训练好的 LeNet-5，由 convviz 导出为 ONNX 再读回。</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>计算中…</translation>
    </message>
    <message>
        <source>shipped with convviz</source>
        <translation>convviz 自带</translation>
    </message>
    <message>
        <source>Open class labels</source>
        <translation>打开类别名称</translation>
    </message>
    <message>
        <source>Labels (*.txt *.csv *.names);;All files (*)</source>
        <translation>类别名称 (*.txt *.csv *.names);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot read the labels</source>
        <translation>无法读取类别名称</translation>
    </message>
    <message>
        <source>{0} has {1} labels; the model has {2} outputs.</source>
        <translation>{0} 有 {1} 个类别名称；模型有 {2} 个输出。</translation>
    </message>
    <message>
        <source>Cannot run the model on this picture: {0}</source>
        <translation>无法在这张图片上运行模型：{0}</translation>
    </message>
    <message>
        <source>the live camera</source>
        <translation>实时摄像头</translation>
    </message>
    <message>
        <source>{0}, scaled and centre-cropped to {1}×{2};
{3};
the model&apos;s pass took {4} ms.</source>
        <translation>{0}，缩放并中心裁剪到 {1}×{2}；
{3}；
模型的前向传播用时 {4} ms。</translation>
    </message>
    <message>
        <source>{0}, scaled and centre-cropped to {1}×{2};
{3}.</source>
        <translation>{0}，缩放并中心裁剪到 {1}×{2}；
{3}。</translation>
    </message>
    <message>
        <source>{0} ({1}): computing…</source>
        <translation>{0}（{1}）：计算中…</translation>
    </message>
    <message>
        <source>{0} = {1}: finding its field…</source>
        <translation>{0} = {1}：正在求它的感受野…</translation>
    </message>
    <message>
        <source>{0}, unit {1}</source>
        <translation>{0}，单元 {1}</translation>
    </message>
    <message>
        <source>{0}, map {1}, cell (row {2}, col {3})</source>
        <translation>{0}，特征图 {1}，单元格（第 {2} 行，第 {3} 列）</translation>
    </message>
    <message>
        <source>No receptive field: {0}</source>
        <translation>没有感受野：{0}</translation>
    </message>
    <message>
        <source>{0} = {1}
depends on no input pixel.</source>
        <translation>{0} = {1}
不依赖任何输入像素。</translation>
    </message>
    <message>
        <source>{0} = {1}
sees {2} input pixels: a {3}×{4} box, rows {5}–{6}, cols {7}–{8}.</source>
        <translation>{0} = {1}
看到 {2} 个输入像素：{3}×{4} 的方框，第 {5}–{6} 行，第 {7}–{8} 列。</translation>
    </message>
    <message>
        <source>The model&apos;s output is one number, not class scores: {0}</source>
        <translation>模型的输出是一个数，而不是类别得分：{0}</translation>
    </message>
    <message>
        <source>The model&apos;s output is {0} per image, not one score per class.</source>
        <translation>模型对每张图像的输出是 {0}，而不是每个类别一个得分。</translation>
    </message>
    <message>
        <source>Labels from {0}.</source>
        <translation>类别名称来自 {0}。</translation>
    </message>
    <message>
        <source>Labels: the digits 0–9.</source>
        <translation>类别名称：数字 0–9。</translation>
    </message>
    <message>
        <source>Labels from the model&apos;s metadata.</source>
        <translation>类别名称来自模型的元数据。</translation>
    </message>
    <message>
        <source>No labels in the file: classes by index (Labels… names them).</source>
        <translation>文件里没有类别名称：按编号列出类别（“类别名称…”可为它们命名）。</translation>
    </message>
    <message>
        <source>Grad-CAM needs a convolution layer; this model has none.</source>
        <translation>Grad-CAM 需要卷积层；这个模型没有。</translation>
    </message>
    <message>
        <source>Not computed: {0}</source>
        <translation>未计算：{0}</translation>
    </message>
    <message>
        <source>{0} of “{1}” on {2}</source>
        <translation>{0}（“{1}”，在 {2} 上）</translation>
    </message>
    <message>
        <source>{0} of “{1}”</source>
        <translation>{0}（“{1}”）</translation>
    </message>
    <message>
        <source>{0}:
bright is where the score comes from (the score does not depend on the picture here).</source>
        <translation>{0}：
亮处是得分的来源（这里得分不依赖于图片）。</translation>
    </message>
    <message>
        <source>{0}:
bright is where the score comes from.</source>
        <translation>{0}：
亮处是得分的来源。</translation>
    </message>
</context>
<context>
    <name>RunSize</name>
    <message>
        <source>Height the model runs at</source>
        <translation>模型运行时的高度</translation>
    </message>
    <message>
        <source>Width the model runs at</source>
        <translation>模型运行时的宽度</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>The file leaves the input size open: reopen the model at this height × width</source>
        <translation>文件未固定输入尺寸：按这个高 × 宽重新打开模型</translation>
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
        <translation>模型最可能的五个类别：概率（得分的 softmax）和原始得分</translation>
    </message>
</context>
</TS>
