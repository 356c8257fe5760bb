<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Animation</name>
    <message>
        <source>the input size</source>
        <translation>输入大小</translation>
    </message>
    <message>
        <source>the kernel size</source>
        <translation>卷积核大小</translation>
    </message>
    <message>
        <source>stride</source>
        <translation>步长</translation>
    </message>
    <message>
        <source>dilation</source>
        <translation>扩张率</translation>
    </message>
    <message>
        <source>padding</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>output padding</source>
        <translation>输出填充</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>卷积核</translation>
    </message>
    <message>
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>stamped output (before the padding crops it)</source>
        <translation>盖印后的输出（填充裁掉之前）</translation>
    </message>
    <message>
        <source>padded input</source>
        <translation>填充后的输入</translation>
    </message>
    <message>
        <source>{Name} must be a whole number of at least {low}, not {value}.</source>
        <translation>{Name}必须是不小于 {low} 的整数，而不是 {value}。</translation>
    </message>
    <message>
        <source>A {kernel} kernel with dilation {dilation} spans {span} cells, more than the {input} input with its padding ({padded}): this convolution has no output.</source>
        <translation>扩张率为 {dilation} 的 {kernel} 卷积核跨越 {span} 个单元格，超过了 {input} 输入加上填充后的大小（{padded}）：这个卷积没有输出。</translation>
    </message>
    <message>
        <source>The input values have the shape {shape}, not {expected}.</source>
        <translation>输入的值形状是 {shape}，而不是 {expected}。</translation>
    </message>
    <message>
        <source>The kernel values have the shape {shape}, not {expected}.</source>
        <translation>卷积核的值形状是 {shape}，而不是 {expected}。</translation>
    </message>
    <message>
        <source>A transposed convolution is animated as its stamping; its backward pass is not animated (a convolution&apos;s backward pass stamps its gradient the same way: use --backward alone).</source>
        <translation>转置卷积以盖印过程制成动画；它的反向传播不做动画（卷积的反向传播也以同样方式盖印梯度：单独使用 --backward）。</translation>
    </message>
    <message>
        <source>A transposed convolution takes a whole-number padding, not &apos;same&apos;.</source>
        <translation>转置卷积的填充须为整数，不能是 &apos;same&apos;。</translation>
    </message>
    <message>
        <source>The output padding ({output_padding}) must be smaller than the stride ({stride}) or the dilation ({dilation}): it chooses among the output sizes a strided convolution maps onto one input size.</source>
        <translation>输出填充（{output_padding}）必须小于步长（{stride}）或扩张率（{dilation}）：它用来在带步长的卷积映射到同一输入大小的几种输出大小中选一个。</translation>
    </message>
    <message>
        <source>Padding {padding} crops both sides of the {size} stamped output away: this transposed convolution has no output.</source>
        <translation>填充 {padding} 把 {size} 的盖印输出两边都裁掉了：这个转置卷积没有输出。</translation>
    </message>
    <message>
        <source>Output padding belongs to a transposed convolution (add --transposed).</source>
        <translation>输出填充只用于转置卷积（加上 --transposed）。</translation>
    </message>
    <message>
        <source>The padding must be a whole number, &apos;same&apos; or &apos;valid&apos;, not {value}.</source>
        <translation>填充必须是整数、&apos;same&apos; 或 &apos;valid&apos;，而不是 {value}。</translation>
    </message>
    <message>
        <source>The {grid} would be {size} cells; an animation draws at most {most} cells a side: choose a smaller input, kernel, padding, stride or dilation.</source>
        <translation>{grid}将是 {size} 个单元格；动画每边最多画 {most} 个单元格：请选更小的输入、卷积核、填充、步长或扩张率。</translation>
    </message>
    <message>
        <source>The grids of a frame would be {cells} cells wide side by side; at most {most} fit a frame: choose a smaller input, kernel or padding.</source>
        <translation>一帧里并排的网格将有 {cells} 个单元格宽；一帧最多放得下 {most} 个：请选更小的输入、卷积核或填充。</translation>
    </message>
    <message>
        <source>This animation would take {frames} frames, one per input cell; at most {most} positions fit one: choose a smaller input or a larger stride.</source>
        <translation>这个动画将有 {frames} 帧，每个输入单元格一帧；一个动画最多 {most} 个位置：请选更小的输入或更大的步长。</translation>
    </message>
    <message>
        <source>This animation would take {frames} frames, one per output cell; at most {most} positions fit one: choose a smaller input or a larger stride.</source>
        <translation>这个动画将有 {frames} 帧，每个输出单元格一帧；一个动画最多 {most} 个位置：请选更小的输入或更大的步长。</translation>
    </message>
    <message>
        <source>Forward pass: input {size}</source>
        <translation>前向传播：输入 {size}</translation>
    </message>
    <message>
        <source>Backward pass: input {size}</source>
        <translation>反向传播：输入 {size}</translation>
    </message>
    <message>
        <source>Transposed convolution: input {size}</source>
        <translation>转置卷积：输入 {size}</translation>
    </message>
    <message>
        <source>kernel {size}</source>
        <translation>卷积核 {size}</translation>
    </message>
    <message>
        <source>stride {value}</source>
        <translation>步长 {value}</translation>
    </message>
    <message>
        <source>padding {value}</source>
        <translation>填充 {value}</translation>
    </message>
    <message>
        <source>dilation {value}</source>
        <translation>扩张率 {value}</translation>
    </message>
    <message>
        <source>output padding {value}</source>
        <translation>输出填充 {value}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>output {size}</source>
        <translation>输出 {size}</translation>
    </message>
    <message>
        <source>output ({y}, {x}) = Σ window × kernel = {terms} = {value}</source>
        <translation>输出 ({y}, {x}) = Σ 窗口 × 卷积核 = {terms} = {value}</translation>
    </message>
    <message>
        <source>output ({y}, {x}) = Σ window × kernel ({count} products) = {value}</source>
        <translation>输出 ({y}, {x}) = Σ 窗口 × 卷积核（{count} 个乘积）= {value}</translation>
    </message>
    <message>
        <source>The output {size} is complete: {n} windows, one output cell each, {order}.</source>
        <translation>{size} 的输出已完成：{n} 个窗口，每个窗口一个输出单元格，{order}。</translation>
    </message>
    <message>
        <source>{name} {size}, padding {p}</source>
        <translation>{name} {size}，填充 {p}</translation>
    </message>
    <message>
        <source>{name} {size}, padding top {t} bottom {b} left {l} right {r}</source>
        <translation>{name} {size}，填充 上 {t} 下 {b} 左 {l} 右 {r}</translation>
    </message>
    <message>
        <source>dY({y}, {x}) = {g} flows back: dX[window] += {g} × W, dW += {g} × window</source>
        <translation>dY({y}, {x}) = {g} 往回传：dX[窗口] += {g} × W，dW += {g} × 窗口</translation>
    </message>
    <message>
        <source>, {n} of its taps on padding are dropped</source>
        <translation>，其中落在填充上的 {n} 个抽头被丢弃</translation>
    </message>
    <message>
        <source>dX and dW are complete after {n} output cells, {order}: dX stamps dY with W, dW correlates X with dY.</source>
        <translation>经过 {n} 个输出单元格（{order}）后，dX 和 dW 已完成：dX 用 W 盖印 dY，dW 是 X 与 dY 的互相关。</translation>
    </message>
    <message>
        <source>output {size} before cropping</source>
        <translation>裁剪前的输出 {size}</translation>
    </message>
    <message>
        <source>input {size}</source>
        <translation>输入 {size}</translation>
    </message>
    <message>
        <source>input ({r}, {c}) = {v} stamps {v} × kernel onto output rows {r0}–{r1}, cols {c0}–{c1}</source>
        <translation>输入 ({r}, {c}) = {v}，把 {v} × 卷积核盖印到输出的第 {r0}–{r1} 行、第 {c0}–{c1} 列</translation>
    </message>
    <message>
        <source> (before cropping)</source>
        <translation>（裁剪前）</translation>
    </message>
    <message>
        <source>Every input cell has stamped: padding {padding} crops the ring, leaving {size}.</source>
        <translation>每个输入单元格都已盖印：填充 {padding} 裁掉外圈，剩下 {size}。</translation>
    </message>
    <message>
        <source>Every input cell has stamped: the output is {size}.</source>
        <translation>每个输入单元格都已盖印：输出为 {size}。</translation>
    </message>
</context>
<context>
    <name>AnimationFiles</name>
    <message>
        <source>The format must be one of {formats}, not {value}.</source>
        <translation>格式必须是 {formats} 之一，而不是 {value}。</translation>
    </message>
    <message>
        <source>The theme must be light or dark, not {value}.</source>
        <translation>主题必须是 light 或 dark，而不是 {value}。</translation>
    </message>
    <message>
        <source>The width must be between {low} and {high} pixels, not {value}.</source>
        <translation>宽度必须在 {low} 到 {high} 像素之间，而不是 {value}。</translation>
    </message>
    <message>
        <source>The frame rate must be between 0.1 and 60 frames a second, not {value}.</source>
        <translation>帧率必须在每秒 0.1 到 60 帧之间，而不是 {value}。</translation>
    </message>
    <message>
        <source>A GIF of {frames} frames of {w}×{h} would need {mib} MiB while it is written (at most {most}): choose MP4, a smaller width or fewer positions.</source>
        <translation>{frames} 帧 {w}×{h} 的 GIF 在写入时需要 {mib} MiB（最多 {most}）：请选 MP4、更小的宽度或更少的位置。</translation>
    </message>
    <message>
        <source>An MP4 of {frames} frames of {w}×{h} would be {gigapixels} gigapixels to draw and encode (at most {most}): choose a smaller width or fewer positions.</source>
        <translation>{frames} 帧 {w}×{h} 的 MP4 需要绘制并编码 {gigapixels} 千兆像素（最多 {most}）：请选更小的宽度或更少的位置。</translation>
    </message>
</context>
<context>
    <name>CompareDesigns</name>
    <message>
        <source>Conv {k}×{k} {c}→{o}</source>
        <translation>卷积 {k}×{k} {c}→{o}</translation>
    </message>
    <message>
        <source>Standard vs depthwise-separable {k}×{k}</source>
        <translation>标准卷积 vs 深度可分离卷积 {k}×{k}</translation>
    </message>
    <message>
        <source>Depthwise: one k×k filter per channel; pointwise 1×1 then mixes the channels.</source>
        <translation>逐深度：每个通道一个 k×k 滤波器；然后逐点 1×1 卷积把各通道混合起来。</translation>
    </message>
    <message>
        <source>Depthwise {k}×{k}, then pointwise 1×1 {c}→{o}</source>
        <translation>逐深度 {k}×{k}，再逐点 1×1 {c}→{o}</translation>
    </message>
    <message>
        <source>{k}×{k} vs 1×1 bottleneck then {k}×{k}</source>
        <translation>{k}×{k} vs 先 1×1 瓶颈再 {k}×{k}</translation>
    </message>
    <message>
        <source>A 1×1 conv first shrinks {c} channels to {b}, so the {k}×{k} conv has far less to read.</source>
        <translation>先用 1×1 卷积把 {c} 个通道压缩到 {b} 个，{k}×{k} 卷积要读的就少得多。</translation>
    </message>
    <message>
        <source>1×1 {c}→{b}, then {k}×{k} {b}→{o}</source>
        <translation>1×1 {c}→{b}，再 {k}×{k} {b}→{o}</translation>
    </message>
    <message>
        <source>One {k}×{k} vs {depth} stacked 3×3</source>
        <translation>一个 {k}×{k} vs {depth} 个堆叠的 3×3</translation>
    </message>
    <message>
        <source>Same receptive field, fewer weights (and room for a nonlinearity between them).</source>
        <translation>感受野相同，权重更少（而且中间可以加非线性）。</translation>
    </message>
    <message>
        <source>{depth} stacked 3×3 convs {channels}</source>
        <translation>{depth} 个堆叠的 3×3 卷积 {channels}</translation>
    </message>
    <message>
        <source>branch 1: 1×1 {c}→{o}</source>
        <translation>分支 1：1×1 {c}→{o}</translation>
    </message>
    <message>
        <source>branch 2: 1×1 {c}→{r}, then 3×3 {r}→{o}</source>
        <translation>分支 2：1×1 {c}→{r}，再 3×3 {r}→{o}</translation>
    </message>
    <message>
        <source>branch 3: 1×1 {c}→{r}, then 5×5 {r}→{o}</source>
        <translation>分支 3：1×1 {c}→{r}，再 5×5 {r}→{o}</translation>
    </message>
    <message>
        <source>branch 4: 3×3 max pool, then 1×1 {c}→{o}</source>
        <translation>分支 4：3×3 最大池化，再 1×1 {c}→{o}</translation>
    </message>
    <message>
        <source>Inception block (4 branches concatenated)</source>
        <translation>Inception 模块（4 个分支拼接）</translation>
    </message>
    <message>
        <source>Inception-style block vs one 5×5 conv</source>
        <translation>Inception 式模块 vs 一个 5×5 卷积</translation>
    </message>
    <message>
        <source>Four parallel branches on one input, their {out} output channels stacked; 1×1 convolutions shrink the channels before the 3×3 and 5×5. Against one 5×5 conv with the same {out} outputs and receptive field; each branch&apos;s ratio is its share of that.</source>
        <translation>同一输入上的四个并行分支，它们的 {out} 个输出通道叠在一起；1×1 卷积在 3×3 和 5×5 之前压缩通道。对照的是输出同为 {out} 个、感受野相同的一个 5×5 卷积；每个分支的比值是它所占的份额。</translation>
    </message>
</context>
<context>
    <name>Equivariance</name>
    <message>
        <source>The layer does not pool: a 2×2 max pool, stride 2, is measured instead.</source>
        <translation>这一层不做池化：改为测量步长 2 的 2×2 最大池化。</translation>
    </message>
    <message>
        <source>The layer&apos;s global max pooling is measured.</source>
        <translation>测量的是这一层的全局最大池化。</translation>
    </message>
    <message>
        <source>The layer&apos;s global avg pooling is measured.</source>
        <translation>测量的是这一层的全局平均池化。</translation>
    </message>
    <message>
        <source>The layer&apos;s max pooling {size}×{size} is measured.</source>
        <translation>测量的是这一层的 {size}×{size} 最大池化。</translation>
    </message>
    <message>
        <source>The layer&apos;s avg pooling {size}×{size} is measured.</source>
        <translation>测量的是这一层的 {size}×{size} 平均池化。</translation>
    </message>
    <message>
        <source>the input is too small to measure a rotation on</source>
        <translation>输入太小，无法测量旋转</translation>
    </message>
</context>
<context>
    <name>Learner</name>
    <message>
        <source>SGD + momentum</source>
        <translation>SGD + 动量</translation>
    </message>
    <message>
        <source>the loss diverged: lower the learning rate</source>
        <translation>损失发散了：请调低学习率</translation>
    </message>
    <message>
        <source>loss below {tolerance}</source>
        <translation>损失低于 {tolerance}</translation>
    </message>
    <message>
        <source>loss fell by &lt; {tolerance} (relative) over {steps} steps</source>
        <translation>{steps} 步内损失（相对）下降不到 {tolerance}</translation>
    </message>
    <message>
        <source>reached {n} iterations</source>
        <translation>已达到 {n} 次迭代</translation>
    </message>
    <message>
        <source>internal error: {error}</source>
        <translation>内部错误：{error}</translation>
    </message>
</context>
<context>
    <name>Properties</name>
    <message>
        <source>Rank 0: the kernel is all zeros.</source>
        <translation>秩 0：卷积核全为零。</translation>
    </message>
    <message>
        <source>Rank 1: the kernel is a column times a row, {factors}: {factored} numbers instead of {numbers}, and {factored} multiplies per output instead of {numbers}.</source>
        <translation>秩 1：卷积核是一列乘以一行，{factors}：用 {factored} 个数代替 {numbers} 个，每个输出做 {factored} 次乘法而不是 {numbers} 次。</translation>
    </message>
    <message>
        <source>Rank {rank}: the kernel is not a column times a row (only rank-1 kernels are), so it cannot be applied as two 1-D passes.</source>
        <translation>秩 {rank}：卷积核不是一列乘以一行（只有秩 1 的卷积核才是），所以不能拆成两次一维计算。</translation>
    </message>
    <message>
        <source>The column pass, then the row pass, give the 2-D kernel&apos;s map ({h}×{w}, no padding): the largest difference is {difference}, with values up to {largest}. Measured on the first channel&apos;s central {crop_h}×{crop_w} of the input.</source>
        <translation>先按列计算、再按行计算，得到的就是二维卷积核的特征图（{h}×{w}，无填充）：最大差异为 {difference}，而数值最大到 {largest}。在输入第一个通道中央的 {crop_h}×{crop_w} 上测量。</translation>
    </message>
    <message>
        <source>The stride ({sh}×{sw}) does not divide the shift ({dy}, {dx}), so the map cannot move by whole cells: shift by a multiple of the stride to see equivariance.</source>
        <translation>步长（{sh}×{sw}）不能整除平移量（{dy}, {dx}），所以特征图无法整格移动：请按步长的倍数平移，才能看到等变性。</translation>
    </message>
    <message>
        <source>The map would move by ({a}, {b}) cells, but no cell is away from the border.</source>
        <translation>特征图会移动 ({a}, {b}) 格，但没有远离边界的单元格。</translation>
    </message>
    <message>
        <source>Equivariance: the map moved by ({a}, {b}) cells; away from the border ({cells} cells) the largest difference is {difference}.</source>
        <translation>平移等变性：特征图移动了 ({a}, {b}) 格；远离边界处（{cells} 个单元格）的最大差异为 {difference}。</translation>
    </message>
    <message>
        <source>At the border, where windows reach the padding or what the shift brought in, it is up to {difference}.</source>
        <translation>在边界处，窗口碰到填充或平移带进来的内容，差异最大为 {difference}。</translation>
    </message>
    <message>
        <source>Invariance: at the same positions the map changed by {map} and the pooled map by {pooled} (mean |change| / mean |value|). {pool_note}</source>
        <translation>平移不变性：在相同位置上，特征图变化了 {map}，池化后的特征图变化了 {pooled}（平均 |变化| / 平均 |值|）。{pool_note}</translation>
    </message>
    <message>
        <source>Measured on the central {h}×{w} of the input.</source>
        <translation>在输入中央的 {h}×{w} 上测量。</translation>
    </message>
    <message>
        <source>Rotated {angle}°: the map differs from the rotated map by up to {map} of its largest value, the pooled map by up to {pooled}. A difference above 0 means not rotation invariant (measured at stride 1 without padding on the central {crop}×{crop}).</source>
        <translation>旋转 {angle}°：特征图与旋转后的特征图最多相差其最大值的 {map}，池化后的特征图最多相差 {pooled}。差异大于 0 就说明不具有旋转不变性（在中央 {crop}×{crop} 上以步长 1、无填充测量）。</translation>
    </message>
    <message>
        <source> Any other angle than a quarter turn is interpolated, which adds a little.</source>
        <translation>不是 90° 倍数的角度都要插值，会多出一点差异。</translation>
    </message>
    <message>
        <source>The two 1-D passes cannot run on this input: {error}.</source>
        <translation>两次一维计算无法在这个输入上进行：{error}。</translation>
    </message>
    <message>
        <source>The shift cannot be measured: {error}</source>
        <translation>无法测量平移：{error}</translation>
    </message>
    <message>
        <source>The rotation cannot be measured: {error}</source>
        <translation>无法测量旋转：{error}</translation>
    </message>
    <message>
        <source>Internal error while measuring: {error}</source>
        <translation>测量时出现内部错误：{error}</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>Shared: {filters} × ({weights}) = {shared} parameters. One set per output position: {h}·{w} × {shared} = {unshared} parameters ({positions} times as many).</source>
        <translation>参数共享：{filters} × ({weights}) = {shared} 个参数。每个输出位置各用一套：{h}·{w} × {shared} = {unshared} 个参数（是前者的 {positions} 倍）。</translation>
    </message>
</context>
<context>
    <name>Signal1D</name>
    <message>
        <source>In Chinese convolution is 卷积 (juǎn jī): 卷 means to roll up or turn over, as a scroll is rolled, and 积 means the accumulated product. The definition y[n] = Σₖ h[k]·x[n − k] reads the kernel backwards: h is turned over (flipped) before it slides along x, and the products under it are summed. The English word comes from the Latin convolvere, to roll together. CNN libraries skip the flip and compute cross-correlation (互相关); a learned kernel simply learns the flipped weights, so nothing is lost.</source>
        <translation>卷积（juǎn jī）的“卷”是卷起、翻转的意思，像卷起一幅卷轴；“积”是乘积的累加。定义 y[n] = Σₖ h[k]·x[n − k] 是把卷积核倒过来读的：h 先翻转，再沿着 x 滑动，把它下面的乘积加起来。英文 convolution 来自拉丁文 convolvere，意为“卷在一起”。CNN 程序库省去了翻转，计算的是互相关；学出来的卷积核自然会学成翻转后的权重，所以什么也没有损失。</translation>
    </message>
    <message>
        <source>The signal must be 1 to {most} numbers; it has {count}.</source>
        <translation>信号必须是 1 到 {most} 个数；现在有 {count} 个。</translation>
    </message>
    <message>
        <source>The kernel must be 1 to {most} numbers; it has {count}.</source>
        <translation>卷积核必须是 1 到 {most} 个数；现在有 {count} 个。</translation>
    </message>
    <message>
        <source>The {name} must be 1 to {most} numbers; it has {count}.</source>
        <translation>{name} 必须是 1 到 {most} 个数；现在有 {count} 个。</translation>
    </message>
    <message>
        <source>The signal must hold finite numbers (no inf or NaN, nothing beyond ±1.8e308).</source>
        <translation>信号必须是有限的数（不能有 inf 或 NaN，也不能超出 ±1.8e308）。</translation>
    </message>
    <message>
        <source>The kernel must hold finite numbers (no inf or NaN, nothing beyond ±1.8e308).</source>
        <translation>卷积核必须是有限的数（不能有 inf 或 NaN，也不能超出 ±1.8e308）。</translation>
    </message>
    <message>
        <source>The {name} must hold finite numbers (no inf or NaN, nothing beyond ±1.8e308).</source>
        <translation>{name} 必须是有限的数（不能有 inf 或 NaN，也不能超出 ±1.8e308）。</translation>
    </message>
    <message>
        <source>These numbers are too large: their products or sums overflow (beyond ±1.8e308); use smaller ones.</source>
        <translation>这些数太大了：它们的乘积或和会溢出（超出 ±1.8e308）；请用小一些的数。</translation>
    </message>
    <message>
        <source>The signal must be numbers separated by commas or spaces; {bad} is not one.</source>
        <translation>信号必须是用逗号或空格分隔的数；{bad} 不是数。</translation>
    </message>
    <message>
        <source>The kernel must be numbers separated by commas or spaces; {bad} is not one.</source>
        <translation>卷积核必须是用逗号或空格分隔的数；{bad} 不是数。</translation>
    </message>
    <message>
        <source>The {name} must be numbers separated by commas or spaces; {bad} is not one.</source>
        <translation>{name} 必须是用逗号或空格分隔的数；{bad} 不是数。</translation>
    </message>
    <message>
        <source>a sentence needs at least {width} words for a width-{width} filter</source>
        <translation>宽度为 {width} 的滤波器需要句子至少有 {width} 个词</translation>
    </message>
</context>
<context>
    <name>StepperCheck</name>
    <message>
        <source>{activation} at z = 0 in {cells}</source>
        <translation>{cells} 的 {activation} z = 0</translation>
    </message>
    <message>
        <source>a tie for the maximum in pooled {cells}</source>
        <translation>池化结果{cells} 的并列最大值</translation>
    </message>
    <message>
        <source>cell {cells}</source>
        <translation>单元格 {cells}</translation>
    </message>
    <message>
        <source>cells {cells}</source>
        <translation>单元格 {cells}</translation>
    </message>
    <message>
        <source>cells {cells} and {more} more</source>
        <translation>单元格 {cells} 等（另有 {more} 个）</translation>
    </message>
</context>
<context>
    <name>StepperGradient</name>
    <message>
        <source>loss ½·Σ(y − t)² against a target kernel</source>
        <translation>相对目标卷积核的损失 ½·Σ(y − t)²</translation>
    </message>
    <message>
        <source>gradient of ones</source>
        <translation>全 1 梯度</translation>
    </message>
    <message>
        <source>painted by hand (click output cells)</source>
        <translation>手工涂画（单击输出单元格）</translation>
    </message>
</context>
<context>
    <name>StepperInput</name>
    <message>
        <source>centre 12×12 crop</source>
        <translation>中央 12×12 裁剪</translation>
    </message>
    <message>
        <source>centre 8×8 crop</source>
        <translation>中央 8×8 裁剪</translation>
    </message>
    <message>
        <source>centre 16×16 crop</source>
        <translation>中央 16×16 裁剪</translation>
    </message>
    <message>
        <source>centre 24×24 crop</source>
        <translation>中央 24×24 裁剪</translation>
    </message>
    <message>
        <source>12×12 around the pinned cell</source>
        <translation>固定单元格周围的 12×12</translation>
    </message>
    <message>
        <source>tiny 6×6 digits</source>
        <translation>6×6 小数字</translation>
    </message>
    <message>
        <source>full image (coarse, ≤ 64 px)</source>
        <translation>整幅图像（粗略，≤ 64 px）</translation>
    </message>
    <message>
        <source>3×{h}×{w} kernel (one shared kernel on each channel)</source>
        <translation>3×{h}×{w} 卷积核（每个通道共用一个卷积核）</translation>
    </message>
    <message>
        <source>3×{h}×{w} kernel (its own kernel per channel)</source>
        <translation>3×{h}×{w} 卷积核（每个通道各有自己的卷积核）</translation>
    </message>
    <message>
        <source>{h}×{w} kernel (the R, G and B kernels summed, as on any gray input)</source>
        <translation>{h}×{w} 卷积核（R、G、B 三个卷积核相加，与任何灰度输入一样）</translation>
    </message>
    <message>
        <source>{h}×{w} kernel</source>
        <translation>{h}×{w} 卷积核</translation>
    </message>
    <message>
        <source>the full image, block-averaged</source>
        <translation>整幅图像，按块取平均</translation>
    </message>
    <message>
        <source>centre 12×12 crop (nothing is pinned)</source>
        <translation>中央 12×12 裁剪（没有固定的单元格）</translation>
    </message>
    <message>
        <source>the pinned cell&apos;s window does not fit this crop the way it sits on the image</source>
        <translation>固定单元格的窗口在这块裁剪中无法像在图像上那样对齐</translation>
    </message>
</context>
<context>
    <name>StepperJob</name>
    <message>
        <source>nothing is painted yet, so every gradient is 0: click cells of dL/dy to paint some</source>
        <translation>还没有涂画，所以所有梯度都是 0：单击 dL/dy 的单元格来涂画</translation>
    </message>
    <message>
        <source>the kernel already equals the target ({target}): y = t, so L = 0 and every gradient is 0 — pick another target</source>
        <translation>卷积核已经等于目标（{target}）：y = t，所以 L = 0，所有梯度都是 0——请另选一个目标</translation>
    </message>
    <message>
        <source>y already equals t on this input: L = 0 and every gradient is 0 — pick another target or input</source>
        <translation>在这个输入上 y 已经等于 t：L = 0，所有梯度都是 0——请另选目标或输入</translation>
    </message>
    <message>
        <source>dL/dy is 0 everywhere, so every gradient is 0</source>
        <translation>dL/dy 处处为 0，所以所有梯度都是 0</translation>
    </message>
    <message>
        <source>dL/da is stopped by the activation ({activation}′(z) = 0 wherever dL/da is not 0): dL/dz, dW, dX and db are all 0</source>
        <translation>dL/da 被激活函数挡住了（凡是 dL/da 不为 0 的地方 {activation}′(z) = 0）：dL/dz、dW、dX 和 db 都是 0</translation>
    </message>
    <message>
        <source>internal error: {error}</source>
        <translation>内部错误：{error}</translation>
    </message>
    <message>
        <source>the check failed: {error}</source>
        <translation>检验失败：{error}</translation>
    </message>
</context>
<context>
    <name>Traversal</name>
    <message>
        <source>across the rows first (row by row)</source>
        <translation>先横着走完一行（逐行）</translation>
    </message>
    <message>
        <source>down the columns first (as the course notes slide)</source>
        <translation>先竖着走完一列（如课程讲义中的滑动）</translation>
    </message>
    <message>
        <source>row by row</source>
        <translation>逐行</translation>
    </message>
    <message>
        <source>down the columns</source>
        <translation>逐列向下</translation>
    </message>
    <message>
        <source>The order the play head visits the output cells: across each row, then the next row; or down each column, then the next column, as the course notes slide the kernel. Every cell&apos;s numbers are the same either way, and so are the gradients after the last step. Pooling windows keep the row-by-row order in both passes.</source>
        <translation>播放头访问输出单元格的顺序：横着走完每一行，再到下一行；或者竖着走完每一列，再到下一列，就像课程讲义里滑动卷积核那样。两种顺序下每个单元格的数字都一样，最后一步之后的梯度也一样。池化窗口在两个方向的传播中都保持逐行顺序。</translation>
    </message>
    <message>
        <source>step {k} of {n}, {order}</source>
        <translation>第 {k}/{n} 步，{order}</translation>
    </message>
</context>
</TS>
