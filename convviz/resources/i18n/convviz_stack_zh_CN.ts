<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BusyNote</name>
    <message>
        <source>computing…</source>
        <translation>计算中…</translation>
    </message>
    <message>
        <source>Not computed: {0}</source>
        <translation>未计算：{0}</translation>
    </message>
</context>
<context>
    <name>ComparisonsWidget</name>
    <message>
        <source>input channels</source>
        <translation>输入通道</translation>
    </message>
    <message>
        <source>Channels of the input maps</source>
        <translation>输入特征图的通道数</translation>
    </message>
    <message>
        <source>output channels</source>
        <translation>输出通道</translation>
    </message>
    <message>
        <source>Channels the layer produces</source>
        <translation>该层产生的通道数</translation>
    </message>
    <message>
        <source>map size (H = W)</source>
        <translation>特征图尺寸 (H = W)</translation>
    </message>
    <message>
        <source>Height and width of the input maps (&apos;same&apos; padding keeps them)</source>
        <translation>输入特征图的高和宽（SAME 填充保持不变）</translation>
    </message>
    <message>
        <source>kernel size</source>
        <translation>卷积核尺寸</translation>
    </message>
    <message>
        <source>Kernel size of the big convolution</source>
        <translation>大卷积的卷积核尺寸</translation>
    </message>
    <message>
        <source>bottleneck channels</source>
        <translation>瓶颈通道</translation>
    </message>
    <message>
        <source>Channels the 1×1 bottleneck shrinks the input to</source>
        <translation>1×1 瓶颈把输入压缩到的通道数</translation>
    </message>
    <message>
        <source>1×1 branch: filters</source>
        <translation>1×1 分支：滤波器</translation>
    </message>
    <message>
        <source>Inception branch 1: filters of its 1×1 conv</source>
        <translation>Inception 分支 1：其 1×1 卷积的滤波器数</translation>
    </message>
    <message>
        <source>3×3 branch: 1×1 reduces to</source>
        <translation>3×3 分支：1×1 降到</translation>
    </message>
    <message>
        <source>Inception branch 2: 1×1 filters before its 3×3 conv</source>
        <translation>Inception 分支 2：其 3×3 卷积之前的 1×1 滤波器数</translation>
    </message>
    <message>
        <source>3×3 branch: 3×3 filters</source>
        <translation>3×3 分支：3×3 滤波器</translation>
    </message>
    <message>
        <source>Inception branch 2: filters of its 3×3 conv</source>
        <translation>Inception 分支 2：其 3×3 卷积的滤波器数</translation>
    </message>
    <message>
        <source>5×5 branch: 1×1 reduces to</source>
        <translation>5×5 分支：1×1 降到</translation>
    </message>
    <message>
        <source>Inception branch 3: 1×1 filters before its 5×5 conv</source>
        <translation>Inception 分支 3：其 5×5 卷积之前的 1×1 滤波器数</translation>
    </message>
    <message>
        <source>5×5 branch: 5×5 filters</source>
        <translation>5×5 分支：5×5 滤波器</translation>
    </message>
    <message>
        <source>Inception branch 3: filters of its 5×5 conv</source>
        <translation>Inception 分支 3：其 5×5 卷积的滤波器数</translation>
    </message>
    <message>
        <source>pool branch: 1×1 filters</source>
        <translation>池化分支：1×1 滤波器</translation>
    </message>
    <message>
        <source>Inception branch 4: 1×1 filters after its 3×3 max pool</source>
        <translation>Inception 分支 4：其 3×3 最大池化之后的 1×1 滤波器数</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>设计</translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation>输出形状</translation>
    </message>
    <message>
        <source>Params</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>Mult-adds</source>
        <translation>乘加次数</translation>
    </message>
    <message>
        <source>× baseline</source>
        <translation>× 基线</translation>
    </message>
    <message>
        <source>RF</source>
        <translation>感受野</translation>
    </message>
    <message>
        <source>The design; the first row of each group is its baseline</source>
        <translation>设计；每组的第一行是它的基线</translation>
    </message>
    <message>
        <source>Per-sample output (C, H, W)</source>
        <translation>每个样本的输出 (C, H, W)</translation>
    </message>
    <message>
        <source>Learned weights (and biases if &apos;bias&apos; is ticked)</source>
        <translation>学到的权重（勾选“偏置”时含偏置）</translation>
    </message>
    <message>
        <source>Multiply-adds for one input</source>
        <translation>一个输入所需的乘加次数</translation>
    </message>
    <message>
        <source>Mult-adds ÷ the baseline&apos;s (the first row of the group: the plain convolution the design replaces)</source>
        <translation>乘加次数 ÷ 基线的乘加次数（基线是组内第一行：该设计所替代的普通卷积）</translation>
    </message>
    <message>
        <source>Receptive field in input pixels</source>
        <translation>以输入像素计的感受野</translation>
    </message>
    <message>
        <source>Your layer</source>
        <translation>你的层</translation>
    </message>
    <message>
        <source>count biases</source>
        <translation>计入偏置</translation>
    </message>
    <message>
        <source>Count one bias per filter (textbook figures omit it)</source>
        <translation>每个滤波器计入一个偏置（教科书中的数字通常不计）</translation>
    </message>
    <message>
        <source>Inception block (GoogLeNet&apos;s 3a by default)</source>
        <translation>Inception 模块（默认为 GoogLeNet 的 3a）</translation>
    </message>
    <message>
        <source>Parameters and multiply-adds per design. Each group starts with its baseline, the plain convolution the design replaces; &apos;× baseline&apos; divides the mult-adds by the baseline&apos;s. RF = receptive field in input pixels.</source>
        <translation>每种设计的参数量和乘加次数。每组从它的基线开始，即该设计所替代的普通卷积；&apos;× 基线&apos; 是乘加次数除以基线的乘加次数。感受野以输入像素计。</translation>
    </message>
    <message>
        <source>Shown while the costs of new numbers are being computed</source>
        <translation>正在计算新数值的开销时显示</translation>
    </message>
    <message>
        <source>{0}   (× baseline: relative to its first row)</source>
        <translation>{0}   （× 基线：相对于本组第一行）</translation>
    </message>
    <message>
        <source>baseline: {0}</source>
        <translation>基线：{0}</translation>
    </message>
</context>
<context>
    <name>DrawPage</name>
    <message>
        <source>Draw a digit: left-drag paints, right-drag erases</source>
        <translation>画一个数字：左键拖动绘制，右键拖动擦除</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Start a new drawing</source>
        <translation>重新开始画</translation>
    </message>
    <message>
        <source>From the camera</source>
        <translation>取自摄像头</translation>
    </message>
    <message>
        <source>Take the live camera&apos;s frame: a digit written dark on paper, held in the middle of the picture (a centred crop, thresholded, scaled and centred as the training digits are)</source>
        <translation>取实时摄像头的当前帧：在纸上用深色写一个数字，放在画面中央（居中裁剪、二值化、缩放并居中，与训练数字的处理方式相同）</translation>
    </message>
    <message>
        <source>Draw a digit in the box (white on black, as the training digits are).</source>
        <translation>在方框中画一个数字（黑底白字，与训练数字相同）。</translation>
    </message>
    <message>
        <source>class probabilities (softmax of the scores)</source>
        <translation>类别概率（得分的 softmax）</translation>
    </message>
    <message>
        <source>Start the live camera first (File → Live camera…).</source>
        <translation>请先打开实时摄像头（文件 → 实时摄像头…）。</translation>
    </message>
    <message>
        <source>The stack takes no 1×28×28 picture: set its input to Gray and 28×28.</source>
        <translation>该堆叠不接受 1×28×28 的图片：请把它的输入设为灰度和 28×28。</translation>
    </message>
    <message>
        <source>The stack does not end in class scores (a Linear layer), so it names no digit.</source>
        <translation>该堆叠的末尾不是类别得分（全连接层），因此无法识别数字。</translation>
    </message>
    <message>
        <source>The stack reads a &lt;b&gt;{0}&lt;/b&gt; ({1} %).</source>
        <translation>堆叠识别为 &lt;b&gt;{0}&lt;/b&gt;（{1} %）。</translation>
    </message>
</context>
<context>
    <name>DropoutWidget</name>
    <message>
        <source>Mask: {0} kept: passed through unchanged</source>
        <translation>掩码：{0} 保留：原样通过</translation>
    </message>
    <message>
        <source>Mask: {0} kept: multiplied by 1/(1 − rate) = {1} &amp;nbsp;&amp;nbsp; {2} dropped: set to 0</source>
        <translation>掩码：{0} 保留：乘以 1/(1 − 比率) = {1} &amp;nbsp;&amp;nbsp; {2} 丢弃：置为 0</translation>
    </message>
    <message>
        <source>Dropout rate: the chance each unit is zeroed</source>
        <translation>随机失活比率：每个单元被置零的概率</translation>
    </message>
    <message>
        <source>Seed of the random mask</source>
        <translation>随机掩码的种子</translation>
    </message>
    <message>
        <source>train mode</source>
        <translation>训练模式</translation>
    </message>
    <message>
        <source>Train mode drops units; eval mode (inference) passes them all through</source>
        <translation>训练模式会丢弃单元；评估模式（推理）让所有单元通过</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>What dropout did to this map</source>
        <translation>随机失活对这张特征图做了什么</translation>
    </message>
    <message>
        <source>Left: a map of units. Middle: the mask, kept units light gray, dropped ones black. Right: the output.</source>
        <translation>左：一张由单元组成的特征图。中：掩码，保留的单元为浅灰色，丢弃的为黑色。右：输出。</translation>
    </message>
    <message>
        <source>What the colours of the mask mean</source>
        <translation>掩码中各颜色的含义</translation>
    </message>
    <message>
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>mask</source>
        <translation>掩码</translation>
    </message>
    <message>
        <source>output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Train mode: {0} of units dropped (rate {1}); the rest are multiplied by 1/(1 − rate) = {2}, so the mean stays about the same ({3} in, {4} out).</source>
        <translation>训练模式：丢弃了 {0} 的单元（比率 {1}）；其余单元乘以 1/(1 − 比率) = {2}，因此均值大致不变（输入 {3}，输出 {4}）。</translation>
    </message>
    <message>
        <source>Eval mode (inference): nothing is dropped and nothing is scaled — the output equals the input.</source>
        <translation>评估模式（推理）：不丢弃也不缩放 — 输出等于输入。</translation>
    </message>
</context>
<context>
    <name>FeatureGridWidget</name>
    <message>
        <source>The stack&apos;s input; the yellow area feeds the hovered cell. Click to open it large.</source>
        <translation>堆叠的输入；黄色区域就是输入给悬停单元格的部分。点击可放大查看。</translation>
    </message>
    <message>
        <source>Each row is a layer&apos;s output, one tile per channel (the first {0}); a vector is drawn as bars. Hover a cell to see the input pixels that feed it (highlighted on the input); click a tile to open it large.</source>
        <translation>每一行是一层的输出，每个通道一个图块（最多前 {0} 个）；向量画成柱状图。悬停在单元格上可看到输入给它的像素（在输入上高亮）；点击图块可放大查看。</translation>
    </message>
    <message>
        <source>Shown while the stack&apos;s new maps are being computed</source>
        <translation>正在计算堆叠的新特征图时显示</translation>
    </message>
    <message>
        <source>Hover a cell of any tile: the yellow area of the input is exactly what feeds it. Click a tile to open it large.</source>
        <translation>悬停在任一图块的单元格上：输入中的黄色区域正是输入给它的部分。点击图块可放大查看。</translation>
    </message>
    <message>
        <source>The hovered cell and the size of its receptive field</source>
        <translation>悬停的单元格及其感受野的大小</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Input {0}</source>
        <translation>输入 {0}</translation>
    </message>
    <message>
        <source>Input, channel {0}, cell (row {1}, col {2})</source>
        <translation>输入，通道 {0}，单元格（第 {1} 行，第 {2} 列）</translation>
    </message>
    <message>
        <source>Input, cell (row {0}, col {1})</source>
        <translation>输入，单元格（第 {0} 行，第 {1} 列）</translation>
    </message>
    <message>
        <source>{0}, index {1}</source>
        <translation>{0}，索引 {1}</translation>
    </message>
    <message>
        <source>{0}, channel {1}, cell (row {2}, col {3})</source>
        <translation>{0}，通道 {1}，单元格（第 {2} 行，第 {3} 列）</translation>
    </message>
    <message>
        <source>{0} = {1} sees no input pixel.</source>
        <translation>{0} = {1}，看不到任何输入像素。</translation>
    </message>
    <message>
        <source>{0} = {1} sees {2} input pixels in rows {3}–{4}, cols {5}–{6}.</source>
        <translation>{0} = {1}，看到 {2} 个输入像素，位于第 {3}–{4} 行、第 {5}–{6} 列。</translation>
    </message>
    <message>
        <source>vector of {0}</source>
        <translation>{0} 维向量</translation>
    </message>
    <message>
        <source>+{0} more not shown</source>
        <translation>另有 {0} 个未显示</translation>
    </message>
    <message>
        <source>train: drops p = {0}</source>
        <translation>训练：丢弃 p = {0}</translation>
    </message>
    <message>
        <source>eval: passes all</source>
        <translation>评估：全部通过</translation>
    </message>
</context>
<context>
    <name>LayerFormWidget</name>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Parameters of the selected layer</source>
        <translation>所选层的参数</translation>
    </message>
    <message>
        <source>Why the last value typed was not accepted</source>
        <translation>上次输入的值为何未被接受</translation>
    </message>
    <message>
        <source>Select or add a layer.</source>
        <translation>请选择或添加一层。</translation>
    </message>
    <message>
        <source>No parameters.</source>
        <translation>无参数。</translation>
    </message>
    <message>
        <source>Drops units only in train mode (Mode, above); eval mode passes all through.</source>
        <translation>只在训练模式下丢弃单元（见上方的“模式”）；评估模式让所有单元通过。</translation>
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
        <translation>按顺序排列的层，输入在最上方。拖动一层可移动它；选中一层可编辑它。</translation>
    </message>
</context>
<context>
    <name>ScaleBar</name>
    <message>
        <source>The colour scale: colour ↔ value</source>
        <translation>色标：颜色 ↔ 数值</translation>
    </message>
</context>
<context>
    <name>StackEditorWidget</name>
    <message>
        <source>Image size</source>
        <translation>图像尺寸</translation>
    </message>
    <message>
        <source>Replace the stack with a shipped example</source>
        <translation>用自带的示例替换当前堆叠</translation>
    </message>
    <message>
        <source>Open example…</source>
        <translation>打开示例…</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>载入…</translation>
    </message>
    <message>
        <source>Load a stack (.json, with weights from the .npz beside it)</source>
        <translation>载入堆叠（.json，权重取自同目录的 .npz）</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Save the stack as .json and its weights as .npz</source>
        <translation>把堆叠保存为 .json，权重保存为 .npz</translation>
    </message>
    <message>
        <source>What the stack you opened is</source>
        <translation>你打开的堆叠是什么</translation>
    </message>
    <message>
        <source>Feed the image as 1 gray channel or 3 RGB channels</source>
        <translation>以 1 个灰度通道或 3 个 RGB 通道输入图像</translation>
    </message>
    <message>
        <source>Gray (1×H×W)</source>
        <translation>灰度 (1×H×W)</translation>
    </message>
    <message>
        <source>RGB (3×H×W)</source>
        <translation>RGB (3×H×W)</translation>
    </message>
    <message>
        <source>Resize the image before the stack (examples expect 28 or 32)</source>
        <translation>在进入堆叠前缩放图像（示例需要 28 或 32）</translation>
    </message>
    <message>
        <source>Input:</source>
        <translation>输入：</translation>
    </message>
    <message>
        <source>Eval mode (the default, as torch&apos;s model.eval()): dropout passes every unit through unchanged. Train mode (model.train()): dropout zeroes random units and scales the rest.</source>
        <translation>评估模式（默认，相当于 torch 的 model.eval()）：随机失活让每个单元原样通过。训练模式（model.train()）：随机失活把随机的单元置零并缩放其余单元。</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>模式：</translation>
    </message>
    <message>
        <source>eval (dropout off)</source>
        <translation>评估（随机失活关闭）</translation>
    </message>
    <message>
        <source>train (dropout on)</source>
        <translation>训练（随机失活开启）</translation>
    </message>
    <message>
        <source>Kind of layer to add</source>
        <translation>要添加的层的种类</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Insert a layer of this kind after the selected one</source>
        <translation>在所选层之后插入一层该种类的层</translation>
    </message>
    <message>
        <source>▲ Up</source>
        <translation>▲ 上移</translation>
    </message>
    <message>
        <source>Move the selected layer one place towards the input</source>
        <translation>把所选层向输入方向移动一位</translation>
    </message>
    <message>
        <source>▼ Down</source>
        <translation>▼ 下移</translation>
    </message>
    <message>
        <source>Move the selected layer one place towards the output</source>
        <translation>把所选层向输出方向移动一位</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected layer</source>
        <translation>删除所选层</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Delete every layer</source>
        <translation>删除所有层</translation>
    </message>
    <message>
        <source>What went wrong with the last file or layer</source>
        <translation>上一个文件或层出了什么问题</translation>
    </message>
    <message>
        <source>Layer {0}: {1}</source>
        <translation>第 {0} 层：{1}</translation>
    </message>
    <message>
        <source>Not changed: {0}</source>
        <translation>未更改：{0}</translation>
    </message>
    <message>
        <source>Not loaded: {0}</source>
        <translation>未载入：{0}</translation>
    </message>
    <message>
        <source>Load stack</source>
        <translation>载入堆叠</translation>
    </message>
    <message>
        <source>Stacks (*.json)</source>
        <translation>堆叠 (*.json)</translation>
    </message>
    <message>
        <source>Save stack</source>
        <translation>保存堆叠</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>未保存：{0}</translation>
    </message>
</context>
<context>
    <name>StackExamples</name>
    <message>
        <source>Depthwise-separable block (32×32 RGB)</source>
        <translation>深度可分离卷积块（32×32 RGB）</translation>
    </message>
    <message>
        <source>MobileNet-style: a 3×3 stem, then a 3×3 depthwise conv (one filter per channel) and a 1×1 pointwise conv that mixes channels.</source>
        <translation>MobileNet 风格：先是一个 3×3 的起始卷积，然后是 3×3 的逐通道卷积（每个通道一个滤波器）和混合各通道的 1×1 逐点卷积。</translation>
    </message>
    <message>
        <source>Encoder–decoder (28×28 gray)</source>
        <translation>编码器–解码器（28×28 灰度）</translation>
    </message>
    <message>
        <source>Two stride-2 convolutions halve the size twice; two stride-2 transposed convolutions (output_padding 1) bring 7×7 back to 28×28.</source>
        <translation>两个步长为 2 的卷积把尺寸减半两次；两个步长为 2 的转置卷积（output_padding 1）把 7×7 还原为 28×28。</translation>
    </message>
    <message>
        <source>LeNet-5 (28×28 gray)</source>
        <translation>LeNet-5（28×28 灰度）</translation>
    </message>
    <message>
        <source>LeCun et al. 1998, as usually adapted to 28×28 MNIST: padding 2 on the first conv keeps 28×28. Its weights (lenet5.npz) were trained by `python -m convviz.train --fresh` (seed 0, 40 epochs, Adam) on the bundled digits: 97.2 % of their 500 test images right.</source>
        <translation>LeCun 等人 1998 年的网络，按通常的做法改为适用 28×28 的 MNIST：第一个卷积填充 2，保持 28×28。它的权重（lenet5.npz）由 `python -m convviz.train --fresh`（随机种子 0，40 轮，Adam）在自带的手写数字上训练得到：500 张测试图像中 97.2 % 识别正确。</translation>
    </message>
    <message>
        <source>VGG-style block (32×32 RGB)</source>
        <translation>VGG 风格的卷积块（32×32 RGB）</translation>
    </message>
    <message>
        <source>Two 3×3 &apos;same&apos; convolutions (receptive field 5×5), 2×2 max pool, dropout (it drops units only in train mode); CIFAR-sized input.</source>
        <translation>两个 3×3 的 SAME 卷积（感受野 5×5）、2×2 最大池化、随机失活（只在训练模式下丢弃单元）；CIFAR 大小的输入。</translation>
    </message>
</context>
<context>
    <name>StackWidget</name>
    <message>
        <source>Views of the stack and explanations</source>
        <translation>堆叠的视图与讲解</translation>
    </message>
    <message>
        <source>Feature maps &amp;&amp; summary</source>
        <translation>特征图与摘要</translation>
    </message>
    <message>
        <source>Compare designs</source>
        <translation>比较设计</translation>
    </message>
    <message>
        <source>Transposed conv</source>
        <translation>转置卷积</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>随机失活</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation>手写数字</translation>
    </message>
    <message>
        <source>Every layer&apos;s output and the Keras-style summary</source>
        <translation>每一层的输出和 Keras 风格的摘要</translation>
    </message>
    <message>
        <source>Parameter and mult-add costs of common designs, for your numbers</source>
        <translation>按你的数值计算常见设计的参数量和乘加次数</translation>
    </message>
    <message>
        <source>How a transposed convolution stamps the kernel, and why it is Cᵀ</source>
        <translation>转置卷积如何逐个印上卷积核，以及它为何是 Cᵀ</translation>
    </message>
    <message>
        <source>Which units dropout zeroes and how it rescales the rest</source>
        <translation>随机失活把哪些单元置零，以及如何缩放其余单元</translation>
    </message>
    <message>
        <source>Train the stack on handwritten digits and watch it learn</source>
        <translation>用手写数字训练堆叠，观察它的学习过程</translation>
    </message>
    <message>
        <source>Draw a digit with the mouse and see what the stack reads</source>
        <translation>用鼠标画一个数字，看堆叠把它识别成什么</translation>
    </message>
</context>
<context>
    <name>SummaryTableWidget</name>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation>输出形状</translation>
    </message>
    <message>
        <source>Param #</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>Mult-adds</source>
        <translation>乘加次数</translation>
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
        <translation>层名，与层列表和图块行中的名称相同</translation>
    </message>
    <message>
        <source>Per-sample output (C, H, W) or (features,)</source>
        <translation>每个样本的输出 (C, H, W) 或 (特征数,)</translation>
    </message>
    <message>
        <source>Learned weights and biases</source>
        <translation>学到的权重和偏置</translation>
    </message>
    <message>
        <source>Multiply-adds for one input (bias adds not counted)</source>
        <translation>一个输入所需的乘加次数（不计偏置的加法）</translation>
    </message>
    <message>
        <source>Receptive field: the largest box of input pixels (height × width) that feeds one output cell, over all the layer&apos;s cells — exactly the largest region hovering a tile highlights. Counted exactly, with padding, the input&apos;s border and transposed convolutions as they are; for convolution and pooling away from the border it is the textbook r + (k − 1)·j.</source>
        <translation>感受野：在该层所有单元格中，输入给一个输出单元格的最大输入像素框（高 × 宽）— 正是悬停在图块上时高亮的最大区域。按实际情况精确计算，包括填充、输入的边界和转置卷积；对远离边界的卷积和池化，它就是教科书中的 r + (k − 1)·j。</translation>
    </message>
    <message>
        <source>Input distance between neighbouring output cells (— where there are none: a vector, a 1×1 map)</source>
        <translation>相邻输出单元格在输入上的距离（没有相邻单元格时为 —：向量或 1×1 特征图）</translation>
    </message>
    <message>
        <source>RF {0}: each unit of Flatten is one cell of the map before it, and sees what that cell sees.</source>
        <translation>感受野 {0}：展平层的每个单元就是前一张特征图的一个单元格，看到的也与该单元格相同。</translation>
    </message>
    <message>
        <source>RF {0}: every unit here mixes all the features before it, so it sees every input pixel they see.</source>
        <translation>感受野 {0}：这里的每个单元混合了之前的所有特征，因此能看到它们所看到的每个输入像素。</translation>
    </message>
    <message>
        <source>RF {0}, counted exactly. A transposed convolution spreads each input cell over several output cells, so the conv formula r + (k − 1)·j does not apply here (nor after it).</source>
        <translation>感受野 {0}，精确计算。转置卷积把每个输入单元格分散到多个输出单元格，因此卷积公式 r + (k − 1)·j 在这里（及其之后）不适用。</translation>
    </message>
    <message>
        <source>RF {0}, counted exactly. The formula r + (k − 1)·j gives {1}, but no cell really sees that much: the input&apos;s border (or cells a stride skips) cuts every region.</source>
        <translation>感受野 {0}，精确计算。公式 r + (k − 1)·j 给出 {1}，但没有哪个单元格真能看到这么多：输入的边界（或步长跳过的单元格）截断了每个区域。</translation>
    </message>
    <message>
        <source>RF {0} = r + (k − 1)·j, the textbook formula (a cell away from the border sees this much).</source>
        <translation>感受野 {0} = r + (k − 1)·j，即教科书公式（远离边界的单元格能看到这么多）。</translation>
    </message>
    <message>
        <source>A vector has no neighbouring cells, so the jump between them means nothing.</source>
        <translation>向量没有相邻的单元格，因此它们之间的跳距没有意义。</translation>
    </message>
    <message>
        <source>A 1×1 map has no neighbouring cells, so the jump between them means nothing.</source>
        <translation>1×1 特征图没有相邻的单元格，因此它们之间的跳距没有意义。</translation>
    </message>
    <message>
        <source>Input pixels between the centres of neighbouring output cells</source>
        <translation>相邻输出单元格中心之间相隔的输入像素数</translation>
    </message>
    <message>
        <source>Summary of the stack, updated as you edit it. Click a row to select that layer.</source>
        <translation>堆叠的摘要，随编辑实时更新。点击一行可选中该层。</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Not built: a layer above has an error</source>
        <translation>未构建：上方某一层有错误</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
</context>
<context>
    <name>TileDialog</name>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>{0}: a vector of {1} values (index from 0)</source>
        <translation>{0}：含 {1} 个值的向量（索引从 0 开始）</translation>
    </message>
    <message>
        <source>{0}: RGB, {1}×{2}</source>
        <translation>{0}：RGB，{1}×{2}</translation>
    </message>
    <message>
        <source>Input: gray, {0}×{1}</source>
        <translation>输入：灰度，{0}×{1}</translation>
    </message>
    <message>
        <source>{0}: channel {1} of {2}, {3}×{4}</source>
        <translation>{0}：第 {1} 个通道（共 {2} 个），{3}×{4}</translation>
    </message>
    <message>
        <source>Tile</source>
        <translation>图块</translation>
    </message>
    <message>
        <source>The layer and channel shown (channels are counted from 1)</source>
        <translation>显示的层和通道（通道从 1 开始计数）</translation>
    </message>
    <message>
        <source>◀ Channel</source>
        <translation>◀ 通道</translation>
    </message>
    <message>
        <source>Show the previous channel (←)</source>
        <translation>显示上一个通道 (←)</translation>
    </message>
    <message>
        <source>Channel ▶</source>
        <translation>通道 ▶</translation>
    </message>
    <message>
        <source>Show the next channel (→)</source>
        <translation>显示下一个通道 (→)</translation>
    </message>
    <message>
        <source>Hover a cell to read its value</source>
        <translation>悬停在单元格上读取它的值</translation>
    </message>
    <message>
        <source>Hover a bar to read its value</source>
        <translation>悬停在柱上读取它的值</translation>
    </message>
    <message>
        <source>Hover a cell to read its value.</source>
        <translation>悬停在单元格上读取它的值。</translation>
    </message>
    <message>
        <source>The cell under the mouse and its exact value</source>
        <translation>鼠标下的单元格及其精确值</translation>
    </message>
    <message>
        <source>row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>col</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Colour ↔ value, on the same scale as the tiles</source>
        <translation>颜色 ↔ 数值，与图块使用相同的色标</translation>
    </message>
    <message>
        <source>index</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>Hover a bar to read its value.</source>
        <translation>悬停在柱上读取它的值。</translation>
    </message>
    <message>
        <source>index {0} = {1}</source>
        <translation>索引 {0} = {1}</translation>
    </message>
    <message>
        <source>row {0}, col {1} = {2}</source>
        <translation>第 {0} 行，第 {1} 列 = {2}</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <source>What to train on: the bundled digits, or a folder with one sub-folder per class</source>
        <translation>训练数据：自带的数字，或每个类别一个子文件夹的文件夹</translation>
    </message>
    <message>
        <source>bundled digits (MNIST, 5,000)</source>
        <translation>自带的数字 (MNIST, 5,000)</translation>
    </message>
    <message>
        <source>a folder of my images…</source>
        <translation>我自己的图像文件夹…</translation>
    </message>
    <message>
        <source>Passes over the 4,000 training digits</source>
        <translation>遍历 4,000 个训练数字的轮数</translation>
    </message>
    <message>
        <source>Learning rate: how far each step moves the weights</source>
        <translation>学习率：每一步移动权重的幅度</translation>
    </message>
    <message>
        <source>Adam adapts each weight&apos;s step; SGD uses momentum 0.9</source>
        <translation>Adam 为每个权重自适应步幅；SGD 使用动量 0.9</translation>
    </message>
    <message>
        <source>from random weights</source>
        <translation>从随机权重开始</translation>
    </message>
    <message>
        <source>Start from random weights (seed 0) instead of the stack&apos;s</source>
        <translation>从随机权重（种子 0）开始，而不是堆叠当前的权重</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Train the stack on the bundled digits</source>
        <translation>用自带的数字训练堆叠</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Pause after the minibatches under way; press again to go on</source>
        <translation>在进行中的小批量完成后暂停；再按一次继续</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>End training here and keep its weights</source>
        <translation>在此结束训练并保留其权重</translation>
    </message>
    <message>
        <source>The digits: 4,000 to train on, 500 to validate (never trained on).</source>
        <translation>数字数据：4,000 个用于训练，500 个用于验证（从不参与训练）。</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>minibatch</source>
        <translation>小批量</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>accuracy %</source>
        <translation>准确率 %</translation>
    </message>
    <message>
        <source>train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>The first layer&apos;s kernels (blue negative, red positive), redrawn as they learn</source>
        <translation>第一层的卷积核（蓝色为负，红色为正），随学习过程重绘</translation>
    </message>
    <message>
        <source>Validation digits: row = the digit it is, column = the digit the stack said</source>
        <translation>验证数字：行 = 真实的数字，列 = 堆叠给出的数字</translation>
    </message>
    <message>
        <source>Per digit: the share of its validation images the stack got right</source>
        <translation>每个数字：堆叠识别正确的验证图像所占的比例</translation>
    </message>
    <message>
        <source>Validation digits the stack gets wrong (true → said): click one to see its maps</source>
        <translation>堆叠识别错误的验证数字（真实 → 识别）：点击一个可查看它的特征图</translation>
    </message>
    <message>
        <source>train on</source>
        <translation>训练数据</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>First layer&apos;s kernels</source>
        <translation>第一层的卷积核</translation>
    </message>
    <message>
        <source>Confusion matrix (validation) and per-digit accuracy</source>
        <translation>混淆矩阵（验证集）及每个数字的准确率</translation>
    </message>
    <message>
        <source>Misclassified validation digits</source>
        <translation>分类错误的验证数字</translation>
    </message>
    <message>
        <source>the images are {0}: set the stack&apos;s input to match (the digits: Gray, 28×28)</source>
        <translation>图像为 {0}：请把堆叠的输入设为与之一致（数字数据：灰度，28×28）</translation>
    </message>
    <message>
        <source>a layer of the stack does not fit: fix it first</source>
        <translation>堆叠中有一层不匹配：请先修正它</translation>
    </message>
    <message>
        <source>Cannot train: {0}.</source>
        <translation>无法训练：{0}。</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>训练中…</translation>
    </message>
    <message>
        <source>A folder with one sub-folder per class</source>
        <translation>每个类别一个子文件夹的文件夹</translation>
    </message>
    <message>
        <source>Reading {0} …</source>
        <translation>正在读取 {0} …</translation>
    </message>
    <message>
        <source>Cannot train on that folder: {0}.</source>
        <translation>无法用该文件夹训练：{0}。</translation>
    </message>
    <message>
        <source>{0}: {1} classes ({2}); {3} to train on, {4} to validate.</source>
        <translation>{0}：{1} 个类别（{2}）；{3} 个用于训练，{4} 个用于验证。</translation>
    </message>
    <message>
        <source>Paused: the stack shows the weights so far. Press Pause again to go on.</source>
        <translation>已暂停：堆叠显示目前为止的权重。再按一次“暂停”继续。</translation>
    </message>
    <message>
        <source>epoch {0} of {1}</source>
        <translation>第 {0}/{1} 轮</translation>
    </message>
    <message>
        <source>Epoch {0}: loss {1}, train {2} %, validation {3} % ({4} s an epoch).</source>
        <translation>第 {0} 轮：损失 {1}，训练 {2} %，验证 {3} %（每轮 {4} 秒）。</translation>
    </message>
    <message>
        <source>Training stopped: {0}</source>
        <translation>训练已停止：{0}</translation>
    </message>
    <message>
        <source>The stack was edited while training: its weights were left as they are.</source>
        <translation>训练期间堆叠被编辑过：其权重保持原样。</translation>
    </message>
    <message>
        <source>The trained weights no longer fit the stack: {0}.</source>
        <translation>训练得到的权重已不再适合该堆叠：{0}。</translation>
    </message>
</context>
<context>
    <name>TransposeExplainWidget</name>
    <message>
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Height and width of the small input x</source>
        <translation>小输入 x 的高和宽</translation>
    </message>
    <message>
        <source>stride</source>
        <translation>步长</translation>
    </message>
    <message>
        <source>Stride: how far apart the stamps land</source>
        <translation>步长：各次印上的位置相隔多远</translation>
    </message>
    <message>
        <source>padding</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>Rows/cols cropped from each output border</source>
        <translation>从输出每条边裁掉的行/列数</translation>
    </message>
    <message>
        <source>output padding</source>
        <translation>输出填充</translation>
    </message>
    <message>
        <source>Extra rows/cols at the bottom/right (&lt; stride)</source>
        <translation>在底部/右侧额外增加的行/列数（&lt; 步长）</translation>
    </message>
    <message>
        <source>How many input cells have stamped so far</source>
        <translation>到目前为止已印上的输入单元格数</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Sizes, and the check that conv_transpose2d equals Cᵀ·x</source>
        <translation>尺寸，以及 conv_transpose2d 等于 Cᵀ·x 的验证</translation>
    </message>
    <message>
        <source>Top: input x, kernel, this step&apos;s stamp and the running output. Bottom: the convolution matrix C and its transpose Cᵀ.</source>
        <translation>上：输入 x、卷积核、本步印上的内容和累积的输出。下：卷积矩阵 C 及其转置 Cᵀ。</translation>
    </message>
    <message>
        <source>input x</source>
        <translation>输入 x</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>卷积核</translation>
    </message>
    <message>
        <source>x[r,c] · kernel</source>
        <translation>x[r,c] · 卷积核</translation>
    </message>
    <message>
        <source>output so far</source>
        <translation>目前的输出</translation>
    </message>
    <message>
        <source>C (the conv: big image → x)</source>
        <translation>C（卷积：大图像 → x）</translation>
    </message>
    <message>
        <source>row: cell of x (its output)</source>
        <translation>行：x 的单元格（卷积的输出）</translation>
    </message>
    <message>
        <source>column: cell of the big image (its input)</source>
        <translation>列：大图像的单元格（卷积的输入）</translation>
    </message>
    <message>
        <source>Cᵀ (transposed conv: x → big image)</source>
        <translation>Cᵀ（转置卷积：x → 大图像）</translation>
    </message>
    <message>
        <source>row: cell of the output</source>
        <translation>行：输出的单元格</translation>
    </message>
    <message>
        <source>column: cell of x (its input)</source>
        <translation>列：x 的单元格（转置卷积的输入）</translation>
    </message>
    <message>
        <source>Colour ↔ value in C and Cᵀ (a kernel weight, or 0)</source>
        <translation>C 和 Cᵀ 中的颜色 ↔ 数值（一个卷积核权重，或 0）</translation>
    </message>
    <message>
        <source>Hover a cell of C or Cᵀ: its row and column say which cells it links, its value which kernel weight.</source>
        <translation>悬停在 C 或 Cᵀ 的单元格上：它的行和列说明它连接哪两个单元格，它的值说明是哪个卷积核权重。</translation>
    </message>
    <message>
        <source>What the hovered entry of C or Cᵀ means</source>
        <translation>C 或 Cᵀ 中悬停项的含义</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>计算中…</translation>
    </message>
    <message>
        <source>Not possible: {0}</source>
        <translation>不可行：{0}</translation>
    </message>
    <message>
        <source>Output size = (in − 1)·stride − 2·padding + kernel + output padding = ({0} − 1)·{1} − 2·{2} + 3 + {3} = {4}.   C is {5}×{6} ({7} non-zero): conv2d of a {4}×{8} image is C·x. conv_transpose2d(x) = Cᵀ·x reshaped: max |difference| = {9}</source>
        <translation>输出尺寸 = (输入 − 1)·步长 − 2·填充 + 卷积核 + 输出填充 = ({0} − 1)·{1} − 2·{2} + 3 + {3} = {4}。   C 为 {5}×{6}（{7} 个非零）：对 {4}×{8} 图像的 conv2d 即 C·x。conv_transpose2d(x) = 重排后的 Cᵀ·x：最大 |差值| = {9}</translation>
    </message>
    <message>
        <source>Step {0} of {1}: nothing stamped yet</source>
        <translation>第 {0}/{1} 步：尚未印上任何内容</translation>
    </message>
    <message>
        <source>Step {0} of {1}: cell {2} of a {3}×{3} input</source>
        <translation>第 {0}/{1} 步：{3}×{3} 输入的单元格 {2}</translation>
    </message>
    <message>
        <source>0: the kernel does not reach that far</source>
        <translation>0：卷积核够不到那么远</translation>
    </message>
    <message>
        <source>{0}[{1},{2}]: x cell ({3},{4}) and big-image cell ({5},{6}) — {7}. The conv reads that big-image cell with that weight to make that x cell.</source>
        <translation>{0}[{1},{2}]：x 的单元格 ({3},{4}) 与大图像的单元格 ({5},{6}) — {7}。卷积以这个权重读取该大图像单元格，得到该 x 单元格。</translation>
    </message>
    <message>
        <source>{0}[{1},{2}]: x cell ({3},{4}) and big-image cell ({5},{6}) — {7}. The transposed conv stamps that x cell into that output cell with that weight.</source>
        <translation>{0}[{1},{2}]：x 的单元格 ({3},{4}) 与大图像的单元格 ({5},{6}) — {7}。转置卷积以这个权重把该 x 单元格印到该输出单元格。</translation>
    </message>
</context>
</TS>
