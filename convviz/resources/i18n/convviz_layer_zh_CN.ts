<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CodeGen</name>
    <message>
        <source>PyTorch is NCHW with convviz&apos;s weight layouts; its padding=&apos;same&apos; is stride 1 only, so TF&apos;s SAME at a stride (and any uneven padding) is an explicit nn.ZeroPad2d.</source>
        <translation>PyTorch 为 NCHW，权重布局与 convviz 相同；它的 padding=&apos;same&apos; 只支持步长 1，所以带步长的 TF SAME（以及任何不对称的填充）写成显式的 nn.ZeroPad2d。</translation>
    </message>
    <message>
        <source>Keras is NHWC: feed x.transpose(0, 2, 3, 1); kernels are HWIO (w.transpose(2, 3, 1, 0)); its &apos;same&apos; puts the odd extra cell bottom/right, at any stride.</source>
        <translation>Keras 为 NHWC：输入 x.transpose(0, 2, 3, 1)；卷积核为 HWIO（w.transpose(2, 3, 1, 0)）；它的 &apos;same&apos; 在任何步长下都把多出的那个单元格放在下方/右侧。</translation>
    </message>
    <message>
        <source>tf.nn is NHWC with HWIO filters; SAME is TensorFlow&apos;s own, explicit pads are tf.pad; the function model(x) reads the tf.Variables defined above it.</source>
        <translation>tf.nn 为 NHWC，滤波器为 HWIO；SAME 是 TensorFlow 自己的，显式填充用 tf.pad；函数 model(x) 读取在它上面定义的 tf.Variable。</translation>
    </message>
</context>
<context>
    <name>LayerAdapter</name>
    <message>
        <source>global pooling is not stepped here</source>
        <translation>全局池化在这里不逐步演示</translation>
    </message>
    <message>
        <source>{kind} pooling is not stepped here (only VALID is); the explorer shows it</source>
        <translation>{kind} 池化在这里不逐步演示（只演示 VALID）；单层探索中可以看到它</translation>
    </message>
</context>
<context>
    <name>LayerComparison</name>
    <message>
        <source>stride</source>
        <translation>步长</translation>
    </message>
    <message>
        <source>padding</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>top pad</source>
        <translation>上填充</translation>
    </message>
    <message>
        <source>bottom pad</source>
        <translation>下填充</translation>
    </message>
    <message>
        <source>left pad</source>
        <translation>左填充</translation>
    </message>
    <message>
        <source>right pad</source>
        <translation>右填充</translation>
    </message>
    <message>
        <source>pad mode</source>
        <translation>填充方式</translation>
    </message>
    <message>
        <source>dilation</source>
        <translation>扩张率</translation>
    </message>
    <message>
        <source>true convolution</source>
        <translation>真卷积</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>偏置</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>pooling</source>
        <translation>池化</translation>
    </message>
    <message>
        <source>pool size</source>
        <translation>池化尺寸</translation>
    </message>
    <message>
        <source>pool stride</source>
        <translation>池化步长</translation>
    </message>
    <message>
        <source>pool padding</source>
        <translation>池化边缘</translation>
    </message>
    <message>
        <source>ceil mode</source>
        <translation>ceil 模式</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>VALID</translation>
    </message>
    <message>
        <source>same</source>
        <translation>SAME</translation>
    </message>
    <message>
        <source>explicit</source>
        <translation>显式</translation>
    </message>
    <message>
        <source>ceil</source>
        <translation>ceil 模式</translation>
    </message>
    <message>
        <source>zeros</source>
        <translation>补零</translation>
    </message>
    <message>
        <source>reflect</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>replicate</source>
        <translation>复制边缘</translation>
    </message>
    <message>
        <source>circular</source>
        <translation>循环</translation>
    </message>
    <message>
        <source>max</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>avg</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>global max</source>
        <translation>全局最大</translation>
    </message>
    <message>
        <source>global avg</source>
        <translation>全局平均</translation>
    </message>
    <message>
        <source>gray</source>
        <translation>灰度</translation>
    </message>
    <message>
        <source>rgb</source>
        <translation>RGB</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>卷积核</translation>
    </message>
    <message>
        <source>stride {stride}</source>
        <translation>步长 {stride}</translation>
    </message>
    <message>
        <source>dilation {dilation}</source>
        <translation>扩张率 {dilation}</translation>
    </message>
    <message>
        <source>{kind} pool ({edge})</source>
        <translation>{kind}池化（{edge}）</translation>
    </message>
    <message>
        <source>{kind} pool</source>
        <translation>{kind}池化</translation>
    </message>
    <message>
        <source>the kernel</source>
        <translation>卷积核</translation>
    </message>
    <message>
        <source>the image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>channels {old} → {new}</source>
        <translation>通道 {old} → {new}</translation>
    </message>
    <message>
        <source>output {h0}×{w0} → {h1}×{w1}</source>
        <translation>输出 {h0}×{w0} → {h1}×{w1}</translation>
    </message>
</context>
<context>
    <name>LayerCompute</name>
    <message>
        <source>filter {n}</source>
        <translation>滤波器 {n}</translation>
    </message>
    <message>
        <source>Internal error while computing: {error}</source>
        <translation>计算时发生内部错误：{error}</translation>
    </message>
</context>
<context>
    <name>LayerExplain</name>
    <message>
        <source>filled with zeros</source>
        <translation>用零填满</translation>
    </message>
    <message>
        <source>mirrored from the image (without repeating the edge pixel)</source>
        <translation>由图像镜像而来（不重复边缘像素）</translation>
    </message>
    <message>
        <source>copies of the nearest edge pixel</source>
        <translation>复制最近的边缘像素</translation>
    </message>
    <message>
        <source>wrapped around from the opposite side</source>
        <translation>从对侧环绕过来</translation>
    </message>
    <message>
        <source>&lt;p&gt;VALID pooling: only whole blocks; cells past the last one are left out.&lt;/p&gt;</source>
        <translation>&lt;p&gt;VALID 池化：只取完整的块；最后一个块之后的单元格被舍去。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Ceil mode (torch): a last block may overhang the map; the cells it lacks are ignored.&lt;/p&gt;</source>
        <translation>&lt;p&gt;ceil 模式（torch）：最后一个块可以超出特征图；它缺少的单元格被忽略。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;SAME pooling (TensorFlow, Keras): the map is padded so that the output is the input divided by the stride, rounded up; the padded cells never win a max and are not counted in an average.&lt;/p&gt;</source>
        <translation>&lt;p&gt;SAME 池化（TensorFlow、Keras）：对特征图进行填充，使输出等于输入除以步长后向上取整；填充的单元格永远不会成为最大值，也不计入平均值。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Convolution.&lt;/b&gt; A {kh}×{kw} kernel slides over the {h}×{w} image ({c} channels).</source>
        <translation>&lt;p&gt;&lt;b&gt;卷积。&lt;/b&gt;一个 {kh}×{kw} 的卷积核在 {h}×{w} 的图像（{c} 个通道）上滑动。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Convolution.&lt;/b&gt; A {kh}×{kw} kernel slides over the {h}×{w} image ({c} channel).</source>
        <translation>&lt;p&gt;&lt;b&gt;卷积。&lt;/b&gt;一个 {kh}×{kw} 的卷积核在 {h}×{w} 的图像（{c} 个通道）上滑动。</translation>
    </message>
    <message>
        <source> At each position it multiplies the {n} numbers under it by its weights and adds them up plus the bias: one number of the feature map.</source>
        <translation>在每个位置，它把下方的 {n} 个数分别乘以对应的权重，相加后再加上偏置：得到特征图中的一个数。</translation>
    </message>
    <message>
        <source> At each position it multiplies the {n} numbers under it by its weights and adds them up: one number of the feature map.</source>
        <translation>在每个位置，它把下方的 {n} 个数分别乘以对应的权重再相加：得到特征图中的一个数。</translation>
    </message>
    <message>
        <source> This is true convolution (the kernel is flipped first).</source>
        <translation>这是真卷积（先翻转卷积核）。</translation>
    </message>
    <message>
        <source> This is cross-correlation, which is what CNN libraries call convolution (no flip).</source>
        <translation>这是互相关，也就是 CNN 库所说的卷积（不翻转）。</translation>
    </message>
    <message>
        <source> There is {f} filter, so {f} feature map of {oh}×{ow}.&lt;/p&gt;</source>
        <translation>共有 {f} 个滤波器，所以得到 {f} 张 {oh}×{ow} 的特征图。&lt;/p&gt;</translation>
    </message>
    <message>
        <source> There are {f} filters, so {f} feature maps of {oh}×{ow}.&lt;/p&gt;</source>
        <translation>共有 {f} 个滤波器，所以得到 {f} 张 {oh}×{ow} 的特征图。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Stride {s}.&lt;/b&gt; The kernel moves {s} cell at a time, visiting every position: the output is as large as the input, less what the kernel cannot reach.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;步长 {s}。&lt;/b&gt;卷积核每次移动 {s} 个单元格，经过每一个位置：输出与输入一样大，只少了卷积核够不到的部分。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Stride {s}.&lt;/b&gt; The kernel moves {s} cells at a time, skipping {skip} of every {s} positions: the output is about 1/{s} of the input each way.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;步长 {s}。&lt;/b&gt;卷积核每次移动 {s} 个单元格，每 {s} 个位置跳过 {skip} 个：输出在每个方向上约为输入的 1/{s}。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Padding VALID.&lt;/b&gt; No padding: the kernel stays inside the image, so the output shrinks by the kernel&apos;s span minus one ({oh}×{ow}).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;VALID 填充。&lt;/b&gt;不填充：卷积核始终留在图像内部，所以输出缩小的量为卷积核跨度减一（{oh}×{ow}）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Padding SAME (chosen so the output is ⌈input/stride⌉).&lt;/b&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;SAME 填充（选择填充量使输出为 ⌈输入/步长⌉）。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Padding explicit.&lt;/b&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;显式填充。&lt;/b&gt;</translation>
    </message>
    <message>
        <source> {t} row(s) on top, {b} below, {l} column(s) left, {r} right, {mode}. The ring around the image shows them; the padded input is {ph}×{pw}.&lt;/p&gt;</source>
        <translation>上方 {t} 行，下方 {b} 行，左侧 {l} 列，右侧 {r} 列，{mode}。图像周围的一圈显示了它们；填充后的输入为 {ph}×{pw}。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Dilation 1.&lt;/b&gt; The taps are next to each other (no holes).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;扩张率 1。&lt;/b&gt;各抽头彼此相邻（没有空洞）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Dilation {d}.&lt;/b&gt; The kernel&apos;s taps are {d} cells apart, so it covers {sh}×{sw} cells with only {kh}×{kw} weights; the skipped cells are the holes in the highlight.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;扩张率 {d}。&lt;/b&gt;卷积核的抽头相隔 {d} 个单元格，所以它只用 {kh}×{kw} 个权重就覆盖了 {sh}×{sw} 个单元格；被跳过的单元格就是高亮区域中的空洞。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Pooling.&lt;/b&gt; None: the feature maps are the layer&apos;s output.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;池化。&lt;/b&gt;无：特征图就是这一层的输出。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Global pooling.&lt;/b&gt; Each whole feature map becomes one number, its largest value: {f} number in total.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;全局池化。&lt;/b&gt;每张完整的特征图变成一个数，即它的最大值：共 {f} 个数。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Global pooling.&lt;/b&gt; Each whole feature map becomes one number, its largest value: {f} numbers in total.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;全局池化。&lt;/b&gt;每张完整的特征图变成一个数，即它的最大值：共 {f} 个数。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Global pooling.&lt;/b&gt; Each whole feature map becomes one number, its average value: {f} number in total.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;全局池化。&lt;/b&gt;每张完整的特征图变成一个数，即它的平均值：共 {f} 个数。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Global pooling.&lt;/b&gt; Each whole feature map becomes one number, its average value: {f} numbers in total.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;全局池化。&lt;/b&gt;每张完整的特征图变成一个数，即它的平均值：共 {f} 个数。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Pooling.&lt;/b&gt; Each {k}×{k} block (moving by {s}) of a feature map is replaced by its largest value: {oh}×{ow} → {ph}×{pw}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;池化。&lt;/b&gt;特征图中每个 {k}×{k} 的块（每次移动 {s}）被替换为它的最大值：{oh}×{ow} → {ph}×{pw}。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Pooling.&lt;/b&gt; Each {k}×{k} block (moving by {s}) of a feature map is replaced by its average: {oh}×{ow} → {ph}×{pw}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;池化。&lt;/b&gt;特征图中每个 {k}×{k} 的块（每次移动 {s}）被替换为它的平均值：{oh}×{ow} → {ph}×{pw}。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;What am I looking at?&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;我看到的是什么？&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Current problem:&lt;/b&gt; {error}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;当前问题：&lt;/b&gt;{error}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Waiting for a valid layer…&lt;/p&gt;</source>
        <translation>&lt;p&gt;正在等待一个有效的层…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Cost.&lt;/b&gt; {params} parameters, {mult_adds} multiply-adds.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;开销。&lt;/b&gt;{params} 个参数，{mult_adds} 次乘加。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Hover an output cell to see the input cells that feed it; click to pin it and read its arithmetic; arrow keys move the pin.&lt;/p&gt;</source>
        <translation>&lt;p&gt;将鼠标悬停在输出单元格上，可以看到为它提供输入的单元格；单击可固定它并查看它的计算过程；方向键可移动固定的单元格。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>LayerShapes</name>
    <message>
        <source>(SAME pads {before}+{after})</source>
        <translation>（SAME 填充 {before}+{after}）</translation>
    </message>
    <message>
        <source>(global: one value per map)</source>
        <translation>（全局：每张特征图一个值）</translation>
    </message>
    <message>
        <source>(ceil mode)</source>
        <translation>（ceil 模式）</translation>
    </message>
    <message>
        <source>− 1: the last window would start past the input (torch drops it)</source>
        <translation>− 1：最后一个窗口的起点会超出输入（torch 舍弃它）</translation>
    </message>
</context>
<context>
    <name>LayerValidation</name>
    <message>
        <source>rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>top</source>
        <translation>上</translation>
    </message>
    <message>
        <source>bottom</source>
        <translation>下</translation>
    </message>
    <message>
        <source>left</source>
        <translation>左</translation>
    </message>
    <message>
        <source>right</source>
        <translation>右</translation>
    </message>
    <message>
        <source>The {k}×{k} pooling window does not fit the {h}×{w} feature map. Use a smaller pool size or less stride.</source>
        <translation>{k}×{k} 的池化窗口放不进 {h}×{w} 的特征图。请使用更小的池化尺寸或更小的步长。</translation>
    </message>
    <message>
        <source>Reflect padding mirrors the image, so each pad must be narrower than the image: {side} pad {pad} ≥ {size_word} {size}.</source>
        <translation>镜像填充会把图像镜像过来，所以每一侧的填充都必须比图像窄：{side}填充 {pad} ≥ {size_word} {size}。</translation>
    </message>
    <message>
        <source>Circular padding wraps the image around, so a pad cannot exceed the image: {side} pad {pad} &gt; {size_word} {size}.</source>
        <translation>循环填充会把图像首尾相接地绕回来，所以填充不能超过图像：{side}填充 {pad} &gt; {size_word} {size}。</translation>
    </message>
    <message>
        <source>The kernel&apos;s dilated span is {reach} {cells} ({taps} taps, dilation {dilation}) but the padded input has only {padded}: the output would be empty. Add padding, lower the dilation or use a smaller kernel.</source>
        <translation>卷积核扩张后的跨度为 {reach} {cells}（{taps} 个抽头，扩张率 {dilation}），但填充后的输入只有 {padded}：输出将为空。请增加填充、降低扩张率或使用更小的卷积核。</translation>
    </message>
</context>
</TS>
