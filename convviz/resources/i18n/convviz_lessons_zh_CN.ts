<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Lessons</name>
    <message>
        <source>the lesson&apos;s picture</source>
        <translation>课例的图像</translation>
    </message>
    <message>
        <source>a lesson&apos;s input</source>
        <translation>课例的输入</translation>
    </message>
    <message>
        <source>filter {n}</source>
        <translation>滤波器 {n}</translation>
    </message>
    <message>
        <source>5×5 input, 3×3 kernel (3×3 out)</source>
        <translation>5×5 输入，3×3 卷积核（输出 3×3）</translation>
    </message>
    <message>
        <source>5×5 input padded to 7×7 (5×5 out)</source>
        <translation>5×5 输入填充到 7×7（输出 5×5）</translation>
    </message>
    <message>
        <source>2×2 kernel on a 3×3 input</source>
        <translation>3×3 输入上的 2×2 卷积核</translation>
    </message>
    <message>
        <source>Keras Conv2D(16, 2, strides=2), then Conv2D(32, 3, padding=&apos;same&apos;)</source>
        <translation>Keras：先 Conv2D(16, 2, strides=2)，再 Conv2D(32, 3, padding=&apos;same&apos;)</translation>
    </message>
    <message>
        <source>20 filters 8×8 on 32×32×3, stride 2, pad 1</source>
        <translation>32×32×3 上的 20 个 8×8 滤波器，步长 2，填充 1</translation>
    </message>
    <message>
        <source>MaxPooling2D(2, 2) on 100×100×15</source>
        <translation>在 100×100×15 上做 MaxPooling2D(2, 2)</translation>
    </message>
    <message>
        <source>MaxPooling2D(2, strides=1) on 100×100×15</source>
        <translation>在 100×100×15 上做 MaxPooling2D(2, strides=1)</translation>
    </message>
    <message>
        <source>2×2 average pooling, VALID, on 4×4×5</source>
        <translation>在 4×4×5 上做 2×2 平均池化（VALID）</translation>
    </message>
    <message>
        <source>Dilation 2: a 3×3 kernel that sees 5×5</source>
        <translation>扩张率 2：看到 5×5 的 3×3 卷积核</translation>
    </message>
    <message>
        <source>Two 3×3 convolutions vs one 5×5</source>
        <translation>两个 3×3 卷积 vs 一个 5×5 卷积</translation>
    </message>
    <message>
        <source>The 1×1 bottleneck</source>
        <translation>1×1 卷积瓶颈层</translation>
    </message>
    <message>
        <source>Depthwise-separable 16→32</source>
        <translation>深度可分离卷积 16→32</translation>
    </message>
    <message>
        <source>Transposed convolution: 2×2 back to 5×5</source>
        <translation>转置卷积：从 2×2 回到 5×5</translation>
    </message>
    <message>
        <source>Max pooling routes its gradient</source>
        <translation>最大池化如何传递梯度</translation>
    </message>
    <message>
        <source>Average pooling spreads its gradient</source>
        <translation>平均池化如何分摊梯度</translation>
    </message>
    <message>
        <source>Sobel as a separable kernel</source>
        <translation>Sobel：可分离的卷积核</translation>
    </message>
    <message>
        <source>1-D convolution: flip, slide, sum (why 卷积)</source>
        <translation>一维卷积：翻转、滑动、求和（为什么叫“卷积”）</translation>
    </message>
    <message>
        <source>1-D convolution over a sentence (NLP)</source>
        <translation>在句子上做一维卷积（自然语言处理）</translation>
    </message>
    <message>
        <source>{call} on a {size}×{size}×{channels} input, VALID as Keras&apos; default: ({size} − {k})/{s} + 1 = {h}, so {h}×{w}×{c} (Keras writes channels last; the summary writes ({c}, {h}, {w})).</source>
        <translation>在 {size}×{size}×{channels} 的输入上做 {call}，按 Keras 的默认值用 VALID 填充：({size} − {k})/{s} + 1 = {h}，所以输出是 {h}×{w}×{c}（Keras 把通道写在最后；摘要写作 ({c}, {h}, {w})）。</translation>
    </message>
    <message>
        <source>Its parameters: {c} filters × ({k}·{k}·{channels} weights + 1 bias) = {params}.</source>
        <translation>它的参数：{c} 个滤波器 × ({k}·{k}·{channels} 个权重 + 1 个偏置) = {params}。</translation>
    </message>
    <message>
        <source>{call} keeps {h}×{w} and makes {c} channels: {c} × ({k}·{k}·{c_in} + 1) = {params} parameters.</source>
        <translation>{call} 保持 {h}×{w} 不变，输出 {c} 个通道：{c} × ({k}·{k}·{c_in} + 1) = {params} 个参数。</translation>
    </message>
    <message>
        <source>Together {params} parameters and {mult_adds} multiply-adds for one picture. Change a layer in the editor and the summary follows.</source>
        <translation>两层合计 {params} 个参数，处理一张图像要 {mult_adds} 次乘加。在编辑器里改动任意一层，摘要会随之更新。</translation>
    </message>
    <message>
        <source>Keras: {first}, then {second}</source>
        <translation>Keras：先 {first}，再 {second}</translation>
    </message>
    <message>
        <source>Keras writes shapes channels last ({h}×{w}×{c}), the summary channels first ({c}, {h}, {w}).</source>
        <translation>Keras 的形状把通道写在最后（{h}×{w}×{c}），摘要则把通道写在最前（{c}, {h}, {w}）。</translation>
    </message>
    <message>
        <source>Multiply-adds on {size}×{size} maps: {first} against {second}.</source>
        <translation>在 {size}×{size} 的特征图上，乘加次数：{first} 对 {second}。</translation>
    </message>
    <message>
        <source>{depth} convolutions of {s}×{s} in a row see a {rf}×{rf} patch, as one {big}×{big} does: the second one&apos;s {s}×{s} window covers {s}×{s} cells of the first, each of which saw {s}×{s} pixels.</source>
        <translation>连续 {depth} 个 {s}×{s} 卷积的感受野是 {rf}×{rf}，和一个 {big}×{big} 卷积一样：第二个卷积的 {s}×{s} 窗口覆盖第一个卷积输出的 {s}×{s} 个单元格，而其中每一个都看到了 {s}×{s} 个像素。</translation>
    </message>
    <message>
        <source>With {c_in} channels in and out: one {k}×{k} has {k}·{k}·{c_in}·{c_out} = {big_params} weights, the {depth} of {s}×{s} have {depth}·{s}·{s}·{c_in}·{c_out} = {small_params} ({percent}), with a nonlinearity between them for free.</source>
        <translation>输入、输出都是 {c_in} 个通道时：一个 {k}×{k} 卷积有 {k}·{k}·{c_in}·{c_out} = {big_params} 个权重，{depth} 个 {s}×{s} 卷积只有 {depth}·{s}·{s}·{c_in}·{c_out} = {small_params} 个（{percent}），而且两层之间还能多加一个非线性激活函数，不多花一个参数。</translation>
    </message>
    <message>
        <source>A {k}×{k} convolution from {size}×{size}×{c_in} to {c_out} channels (SAME): {size}·{size}·{c_out} outputs × {k}·{k}·{c_in} = {mult_adds} multiplies.</source>
        <translation>一个从 {size}×{size}×{c_in} 到 {c_out} 个通道的 {k}×{k} 卷积（SAME 填充）：{size}·{size}·{c_out} 个输出 × {k}·{k}·{c_in} = {mult_adds} 次乘法。</translation>
    </message>
    <message>
        <source>A 1×1 convolution down to {b} channels first costs {size}·{size}·{b} × {c_in} = {one}; the {k}×{k} then reads only {b} channels: {five}.</source>
        <translation>先用 1×1 卷积把通道降到 {b} 个，代价是 {size}·{size}·{b} × {c_in} = {one}；之后的 {k}×{k} 卷积只需读 {b} 个通道：{five}。</translation>
    </message>
    <message>
        <source>Together {total}, {ratio} times fewer, for the same {shape} output.</source>
        <translation>合计 {total}，少了 {ratio} 倍，输出仍是同样的 {shape}。</translation>
    </message>
    <message>
        <source>A standard {k}×{k} convolution from {c_in} to {c_out} channels has {k}·{k}·{c_in}·{c_out} = {params} weights.</source>
        <translation>一个从 {c_in} 个通道到 {c_out} 个通道的标准 {k}×{k} 卷积有 {k}·{k}·{c_in}·{c_out} = {params} 个权重。</translation>
    </message>
    <message>
        <source>Depthwise-separable: one {k}×{k} filter per input channel ({depthwise} weights), then a 1×1 convolution that mixes the channels ({c_in}·{c_out} = {pointwise}): {params} in all, {percent} of the standard one.</source>
        <translation>深度可分离卷积：每个输入通道各用一个 {k}×{k} 滤波器（{depthwise} 个权重），再用一个 1×1 卷积混合各通道（{c_in}·{c_out} = {pointwise}）：一共 {params} 个，是标准卷积的 {percent}。</translation>
    </message>
    <message>
        <source>A {k}×{k} convolution with stride {stride} and padding {padding} takes a {big} map to ({n} − {k} + 2·{padding})/{stride} + 1 = {back}, so {small}. The transposed convolution goes the other way.</source>
        <translation>步长 {stride}、填充 {padding} 的 {k}×{k} 卷积把 {big} 的特征图变成 ({n} − {k} + 2·{padding})/{stride} + 1 = {back}，也就是 {small}。转置卷积则反过来走。</translation>
    </message>
    <message>
        <source>Output size = (in − 1)·stride − 2·padding + kernel + output padding = ({size} − 1)·{stride} − 2·{padding} + {k} + {output_padding} = {out}: each of the {cells} input cells stamps value × kernel into a {big} map, {stride} cells apart, and overlapping stamps add.</source>
        <translation>输出尺寸 = (输入 − 1)·步长 − 2·填充 + 卷积核 + 输出填充 = ({size} − 1)·{stride} − 2·{padding} + {k} + {output_padding} = {out}：{cells} 个输入单元格各自把“数值 × 卷积核”印到 {big} 的特征图上，相邻两次相隔 {stride} 个单元格，重叠的部分相加。</translation>
    </message>
    <message>
        <source>As matrices: the convolution is a {rows}×{cols} matrix C, and the transposed convolution is Cᵀ ({cols}×{rows}). It brings back the shape, not the values.</source>
        <translation>写成矩阵：卷积是一个 {rows}×{cols} 的矩阵 C，转置卷积就是 Cᵀ（{cols}×{rows}）。它恢复的是形状，而不是数值。</translation>
    </message>
    <message>
        <source>numpy.correlate slides h without flipping it: {correlated}. They agree: this kernel reads the same backwards.</source>
        <translation>numpy.correlate 不翻转 h 直接滑动：{correlated}。两者相同：这个卷积核倒过来读也一样。</translation>
    </message>
    <message>
        <source>numpy.correlate slides h without flipping it: {correlated}. They differ.</source>
        <translation>numpy.correlate 不翻转 h 直接滑动：{correlated}。两者不同。</translation>
    </message>
    <message>
        <source>The signal x = {x} and the kernel h = {h}.</source>
        <translation>信号 x = {x}，卷积核 h = {h}。</translation>
    </message>
    <message>
        <source>y[n] = Σₖ h[k]·x[n − k]: flip h, slide it along x, and sum the products under it. numpy.convolve gives {convolved} ({count} = {n} + {k} − 1 values).</source>
        <translation>y[n] = Σₖ h[k]·x[n − k]：把 h 翻转，沿着 x 滑动，再把它下面的乘积求和。numpy.convolve 给出 {convolved}（{count} = {n} + {k} − 1 个值）。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>filter {n} keeps &apos;{trigram}&apos; ({value})</source>
        <translation>滤波器 {n} 保留“{trigram}”（{value}）</translation>
    </message>
    <message>
        <source>&apos;{sentence}&apos; as {length} word vectors of {dim} numbers: a {dim}×{length} matrix.</source>
        <translation>把“{sentence}”写成 {length} 个 {dim} 维词向量：一个 {dim}×{length} 的矩阵。</translation>
    </message>
    <message>
        <source>A filter of width {width} is {dim}×{width} ({weights} weights): as tall as the vectors, so it slides along the words only, {length} − {width} + 1 = {outputs} places, one trigram each.</source>
        <translation>宽度为 {width} 的滤波器是 {dim}×{width}（{weights} 个权重）：它和词向量一样高，所以只能沿着词的方向滑动，共 {length} − {width} + 1 = {outputs} 个位置，每个位置读一个三词组。</translation>
    </message>
    <message>
        <source>Max over time keeps each filter&apos;s strongest trigram: {best}. A sentence of any length gives one number per filter.</source>
        <translation>时间维度上的最大池化为每个滤波器保留响应最强的三词组：{best}。不论句子多长，每个滤波器都只得到一个数。</translation>
    </message>
    <message>
        <source>With zero padding {pad} on each side the input is {wider}×{wider}: (W − F + 2P)/S + 1 = ({n} − {k} + 2·{pad})/{stride} + 1 = {out}, so the output keeps the input&apos;s {shape}. For a {k}×{k} kernel this is what SAME padding does: P = (F − 1)/2 = {pad}.</source>
        <translation>四周各补 {pad} 圈零（零填充）后，输入变成 {wider}×{wider}：(W − F + 2P)/S + 1 = ({n} − {k} + 2·{pad})/{stride} + 1 = {out}，所以输出保持输入的 {shape}。对 {k}×{k} 卷积核来说，这正是 SAME 填充的做法：P = (F − 1)/2 = {pad}。</translation>
    </message>
    <message>
        <source>The corner output now reads the padding: {terms} = {value}. The whole output: {output}.</source>
        <translation>现在角上的输出也读到了填充的零：{terms} = {value}。完整的输出：{output}。</translation>
    </message>
    <message>
        <source>VALID (no padding), stride {stride}: (W − F)/S + 1 = ({n} − {k})/{stride} + 1 = {rows}, so the output is {shape}: the kernel fits in {across} places across and {rows} down.</source>
        <translation>VALID（不填充），步长 {stride}：(W − F)/S + 1 = ({n} − {k})/{stride} + 1 = {rows}，所以输出是 {shape}：卷积核横向能放 {across} 个位置，纵向能放 {rows} 个。</translation>
    </message>
    <message>
        <source>The top-left output sums the input cells under the kernel&apos;s 1s: {terms} = {value}. The whole output: {output}.</source>
        <translation>左上角的输出是卷积核中 1 所对应的输入单元格之和：{terms} = {value}。完整的输出：{output}。</translation>
    </message>
    <message>
        <source>A {input} input of 0s and 1s and a {kernel} kernel with 1s at its corners and centre.</source>
        <translation>一个由 0 和 1 组成的 {input} 输入，以及一个四角和中心为 1 的 {kernel} 卷积核。</translation>
    </message>
    <message>
        <source>Try it: stride {stride} in the Layer panel gives {strided}; a {k}×{k} kernel gives {bigger}. Click an output cell: the Arithmetic panel shows its products.</source>
        <translation>动手试试：在“卷积层”面板把步长设为 {stride}，输出变成 {strided}；换成 {k}×{k} 卷积核，输出变成 {bigger}。单击一个输出单元格，“固定单元格的算术”面板会列出它的各项乘积。</translation>
    </message>
    <message>
        <source>{shape} grid of 0s and 1s</source>
        <translation>由 0 和 1 组成的 {shape} 网格</translation>
    </message>
    <message>
        <source>corners and centre</source>
        <translation>四角和中心</translation>
    </message>
    <message>
        <source>Turned 180°, as true convolution turns it, this kernel is itself, so convolution and cross-correlation give the same numbers here.</source>
        <translation>像真正的卷积那样把这个卷积核旋转 180°，它还是它自己，所以这里卷积和互相关得到的数相同。</translation>
    </message>
    <message>
        <source>Turned 180° (true convolution) it would give other numbers.</source>
        <translation>如果旋转 180°（真正的卷积），结果就会不同。</translation>
    </message>
    <message>
        <source>The input holds {low} to {high} row by row; the kernel is {kernel}.</source>
        <translation>输入按行依次填入 {low} 到 {high}；卷积核是 {kernel}。</translation>
    </message>
    <message>
        <source>({n} − {k})/{stride} + 1 = {out}: the output is {shape}.</source>
        <translation>({n} − {k})/{stride} + 1 = {out}：输出是 {shape}。</translation>
    </message>
    <message>
        <source>The first step: {terms} = {value}. Step on (→) to fill in the rest: {output}.</source>
        <translation>第一步：{terms} = {value}。继续单步（→）填出其余的值：{output}。</translation>
    </message>
    <message>
        <source>The explorer draws values above 1 as white; the stepper writes every number in its cells.</source>
        <translation>单层探索把大于 1 的值都画成白色；逐步演示则把每个数写在单元格里。</translation>
    </message>
    <message>
        <source>the numbers 1 to 9</source>
        <translation>数字 1 到 9</translation>
    </message>
    <message>
        <source>−1 diagonal</source>
        <translation>−1 对角线</translation>
    </message>
    <message>
        <source>A {size}×{size} RGB input, {filters} filters of {k}×{k} (one slice per colour channel, random He weights), stride {stride}, zero padding {pad} on each side.</source>
        <translation>一个 {size}×{size} 的 RGB 输入，{filters} 个 {k}×{k} 滤波器（每个颜色通道一片，He 初始化的随机权重），步长 {stride}，四周各零填充 {pad}。</translation>
    </message>
    <message>
        <source>({size} − {k} + 2·{pad})/{stride} + 1 = {h}: the output is {h}×{w}×{f} ({f} maps of {h}×{w}).</source>
        <translation>({size} − {k} + 2·{pad})/{stride} + 1 = {h}：输出是 {h}×{w}×{f}（{f} 张 {h}×{w} 的特征图）。</translation>
    </message>
    <message>
        <source>Each filter has {k}·{k}·{channels} = {weights} weights and a bias: {f} × {per_filter} = {params} parameters, however large the picture.</source>
        <translation>每个滤波器有 {k}·{k}·{channels} = {weights} 个权重和 1 个偏置：{f} × {per_filter} = {params} 个参数，与图像多大无关。</translation>
    </message>
    <message>
        <source>Without weight sharing (a separate filter at each of the {h}·{w} = {positions} positions) it would take {positions} × {params} = {unshared} parameters.</source>
        <translation>如果没有参数共享（{h}·{w} = {positions} 个位置各用一组独立的滤波器），就需要 {positions} × {params} = {unshared} 个参数。</translation>
    </message>
    <message>
        <source>Either way the layer does {mult_adds} multiply-adds.</source>
        <translation>无论哪种方式，这一层都要做 {mult_adds} 次乘加。</translation>
    </message>
    <message>
        <source>{size}×{size} RGB pattern</source>
        <translation>{size}×{size} RGB 图案</translation>
    </message>
    <message>
        <source>Windows side by side divide each side by {stride}.</source>
        <translation>窗口一个挨一个不重叠，每条边都缩小为原来的 1/{stride}。</translation>
    </message>
    <message>
        <source>The windows overlap by {overlap} cell, so the size barely shrinks.</source>
        <translation>相邻窗口重叠 {overlap} 个单元格，所以尺寸几乎不缩小。</translation>
    </message>
    <message>
        <source>{filters} random {k}×{k} filters with SAME padding turn the {n}×{n} input into a {h}×{w}×{filters} volume; then {call}, VALID as Keras&apos; default.</source>
        <translation>{filters} 个随机的 {k}×{k} 滤波器用 SAME 填充，把 {n}×{n} 的输入变成 {h}×{w}×{filters} 的特征图；然后做 {call}，按 Keras 的默认值用 VALID 填充。</translation>
    </message>
    <message>
        <source>({h} − {size})/{stride} + 1 = {ph}: the pooled output is {ph}×{pw}×{filters}. {overlap}</source>
        <translation>({h} − {size})/{stride} + 1 = {ph}：池化后的输出是 {ph}×{pw}×{filters}。{overlap}</translation>
    </message>
    <message>
        <source>Pooling works on each map on its own, so the {filters} channels stay, and it learns nothing: {params} parameters.</source>
        <translation>池化对每张特征图单独进行，所以 {filters} 个通道保持不变；它也不学习任何东西：{params} 个参数。</translation>
    </message>
    <message>
        <source>{n}×{n} pattern</source>
        <translation>{n}×{n} 图案</translation>
    </message>
    <message>
        <source>{c} filters of 1×1 ({names}) make the {h}×{w} input a {h}×{w}×{c} volume.</source>
        <translation>{c} 个 1×1 滤波器（{names}）把 {h}×{w} 的输入变成 {h}×{w}×{c} 的特征图。</translation>
    </message>
    <message>
        <source>AveragePooling2D({size}, {size}), VALID: ({h} − {size})/{size} + 1 = {ph}, so {ph}×{pw}×{pc}.</source>
        <translation>AveragePooling2D({size}, {size})，VALID 填充：({h} − {size})/{size} + 1 = {ph}，所以得到 {ph}×{pw}×{pc}。</translation>
    </message>
    <message>
        <source>Each value is the mean of its {size}×{size} block: ({mean})/{count} = {value} in map 1; map 1 is {first}, map {c} is {last}.</source>
        <translation>每个值都是对应 {size}×{size} 区块的平均值：第 1 张特征图中 ({mean})/{count} = {value}；第 1 张特征图是 {first}，第 {c} 张是 {last}。</translation>
    </message>
    <message>
        <source>{shape} block of tenths</source>
        <translation>由一位小数组成的 {shape} 数据块</translation>
    </message>
    <message>
        <source>A {k}×{k} kernel with dilation {d}: its taps are {d} cells apart, so it spans D·(F − 1) + 1 = {d}·({k} − 1) + 1 = {span} cells each way.</source>
        <translation>扩张率为 {d} 的 {k}×{k} 卷积核：它的采样点彼此相隔 {d} 个单元格，所以每个方向覆盖 D·(F − 1) + 1 = {d}·({k} − 1) + 1 = {span} 个单元格。</translation>
    </message>
    <message>
        <source>Each output sees a {rh}×{rw} receptive field with only {weights} weights; hover an output cell to see the taps and the holes between them.</source>
        <translation>每个输出的感受野是 {rh}×{rw}，却只用 {weights} 个权重；把鼠标停在一个输出单元格上，就能看到采样点和它们之间的空洞。</translation>
    </message>
    <message>
        <source>The output: ({n} − {d}·({k} − 1) − 1)/1 + 1 = {out}, so {shape}.</source>
        <translation>输出：({n} − {d}·({k} − 1) − 1)/1 + 1 = {out}，所以是 {shape}。</translation>
    </message>
    <message>
        <source>Sobel x is {sobel}; its rank is {rank}, so it is one column times one row: {factors}.</source>
        <translation>Sobel x 是 {sobel}；它的秩是 {rank}，所以可以写成一列乘一行：{factors}。</translation>
    </message>
    <message>
        <source>The column smooths down the picture, the row takes the difference across it.</source>
        <translation>列向量沿竖直方向平滑图像，行向量沿水平方向求差分。</translation>
    </message>
    <message>
        <source>One {kh}×{kw} pass costs {two_d} multiplies per output; a {kh}×1 pass then a 1×{kw} pass cost {kh} + {kw} = {one_d}, with the same result (largest difference on this picture: {difference}).</source>
        <translation>做一次 {kh}×{kw} 卷积，每个输出要 {two_d} 次乘法；先做 {kh}×1、再做 1×{kw} 卷积只要 {kh} + {kw} = {one_d} 次，结果相同（在这张图像上的最大差异：{difference}）。</translation>
    </message>
    <message>
        <source>Max pooling hands each upstream gradient to the one cell that won its block: the input gradient is {value} at {winners} and 0 at the other {others} cells.</source>
        <translation>最大池化把每个上游梯度全部交给所在区块中取得最大值的那个单元格：输入梯度在 {winners} 处为 {value}，在其余 {others} 个单元格处为 0。</translation>
    </message>
    <message>
        <source>Average pooling spreads each upstream gradient evenly over its block: every one of the {cells} input cells gets {upstream}/{window} = {value}.</source>
        <translation>平均池化把每个上游梯度平均分给所在区块：{cells} 个输入单元格每个都得到 {upstream}/{window} = {value}。</translation>
    </message>
    <message>
        <source>A {input} input, a 1×1 identity kernel (so the map is the input itself) and {size}×{size} pooling, stride {size}; the upstream gradient is {upstream} at each of the {pooled} pooled cells.</source>
        <translation>一个 {input} 的输入，一个 1×1 恒等卷积核（所以特征图就是输入本身），再做步长 {size} 的 {size}×{size} 池化；上游梯度在 {pooled} 个池化单元格上都是 {upstream}。</translation>
    </message>
    <message>
        <source>The whole input gradient: {gradient}. Step through it (→) on the Backward page.</source>
        <translation>完整的输入梯度：{gradient}。在“反向”页上单步（→）走一遍。</translation>
    </message>
    <message>
        <source>identity 1×1</source>
        <translation>恒等 1×1</translation>
    </message>
</context>
</TS>
