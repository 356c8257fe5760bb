<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnimationExportDialog</name>
    <message>
        <source>Export animation</source>
        <translation>导出动画</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>传播方向</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Input size</source>
        <translation>输入尺寸</translation>
    </message>
    <message>
        <source>Output padding</source>
        <translation>输出填充</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Write the values into the cells</source>
        <translation>把数值写进单元格里</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Frame width</source>
        <translation>帧宽度</translation>
    </message>
    <message>
        <source>Frames a second</source>
        <translation>每秒帧数</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Forward pass (the window slides, the output fills in)</source>
        <translation>前向传播（窗口滑动，输出逐格填入）</translation>
    </message>
    <message>
        <source>Backward pass (each output gradient flows back into dX and dW)</source>
        <translation>反向传播（每个输出梯度流回 dX 和 dW）</translation>
    </message>
    <message>
        <source>Transposed convolution (each input cell stamps the kernel)</source>
        <translation>转置卷积（每个输入单元格盖印一次卷积核）</translation>
    </message>
    <message>
        <source>Small whole numbers (they read on a slide)</source>
        <translation>小整数（在幻灯片上看得清）</translation>
    </message>
    <message>
        <source>The stepper&apos;s input and kernel</source>
        <translation>逐步演示的输入和卷积核</translation>
    </message>
    <message>
        <source>The stepper&apos;s input and kernel (gray input only)</source>
        <translation>逐步演示的输入和卷积核（仅限灰度输入）</translation>
    </message>
    <message>
        <source>Light (white, for slides)</source>
        <translation>浅色（白底，适合幻灯片）</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>{frames} frames: one per kernel position and the result. From the stepper: kernel {kernel}, stride {stride}, padding {padding}, dilation {dilation}; zero padding, no activation or pooling.</source>
        <translation>{frames} 帧：卷积核每个位置一帧，外加结果。取自逐步演示：卷积核 {kernel}，步长 {stride}，填充 {padding}，扩张率 {dilation}；零填充，不含激活和池化。</translation>
    </message>
    <message>
        <source>Choose a file to write first.</source>
        <translation>请先选择要写入的文件。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file: add a file name to it, e.g. {example}.</source>
        <translation>{path} 是文件夹，不是文件：请加上文件名，例如 {example}。</translation>
    </message>
    <message>
        <source>Drawing and writing frame {done} of {total}…</source>
        <translation>正在绘制并写入第 {done} 帧，共 {total} 帧…</translation>
    </message>
    <message>
        <source>Wrote {path}: {frames} frames of {width}×{height} pixels.</source>
        <translation>已写入 {path}：{frames} 帧，每帧 {width}×{height} 像素。</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消；没有写入任何文件。</translation>
    </message>
    <message>
        <source>The animation could not be exported: {reason}</source>
        <translation>无法导出动画：{reason}</translation>
    </message>
    <message>
        <source>Export the animation as</source>
        <translation>将动画导出为</translation>
    </message>
    <message>
        <source>Animated GIF (*.gif);;MP4 video (*.mp4)</source>
        <translation>GIF 动画 (*.gif);;MP4 视频 (*.mp4)</translation>
    </message>
    <message>
        <source>Animated GIF</source>
        <translation>GIF 动画</translation>
    </message>
    <message>
        <source>MP4 video</source>
        <translation>MP4 视频</translation>
    </message>
</context>
<context>
    <name>BackwardPanel</name>
    <message>
        <source>Where the upstream gradient dL/dy comes from</source>
        <translation>上游梯度 dL/dy 从哪里来</translation>
    </message>
    <message>
        <source>Target kernel: t is the layer&apos;s output with this preset (on every channel). By default the first of sobel_x, sobel_y, … that is not the kernel itself.</source>
        <translation>目标卷积核：t 是这一层用这个预设（每个通道都用）得到的输出。默认是 sobel_x、sobel_y、… 中第一个与当前卷积核不同的。</translation>
    </message>
    <message>
        <source>Clear paint</source>
        <translation>清除涂画</translation>
    </message>
    <message>
        <source>Set every painted gradient back to 0</source>
        <translation>把涂画的梯度全部设回 0</translation>
    </message>
    <message>
        <source>upstream gradient:</source>
        <translation>上游梯度：</translation>
    </message>
    <message>
        <source>What this step does</source>
        <translation>这一步做了什么</translation>
    </message>
    <message>
        <source>dL/dy (upstream)</source>
        <translation>dL/dy（上游）</translation>
    </message>
    <message>
        <source>The gradient arriving at the layer&apos;s output (with the loss, y − t); in &apos;painted&apos; mode click a cell to cycle 0 → +1 → −1.</source>
        <translation>到达这一层输出的梯度（用损失时为 y − t）；在「涂画」模式下点击单元格可在 0 → +1 → −1 之间切换。</translation>
    </message>
    <message>
        <source>dL/da (after pooling)</source>
        <translation>dL/da（池化之后）</translation>
    </message>
    <message>
        <source>Max pooling routes each gradient to its arg-max; average pooling shares it evenly. The green frames are the cells this step sends it to.</source>
        <translation>最大池化把每个梯度送到其最大值所在位置；平均池化把它平均分配。绿框是这一步把梯度送去的单元格。</translation>
    </message>
    <message>
        <source>activation′(z)</source>
        <translation>激活′(z)</translation>
    </message>
    <message>
        <source>The activation&apos;s slope at each pre-activation; for ReLU the mask (1 where z &gt; 0).</source>
        <translation>激活函数在每个激活前值处的斜率；ReLU 时即掩码（z &gt; 0 处为 1）。</translation>
    </message>
    <message>
        <source>dL/da × activation′(z): the gradient each conv output cell spreads.</source>
        <translation>dL/da × 激活′(z)：每个卷积输出单元格向回传播的梯度。</translation>
    </message>
    <message>
        <source>input (padded)</source>
        <translation>输入（已填充）</translation>
    </message>
    <message>
        <source>The window of the cell being spread (in RGB, the channel shown)</source>
        <translation>正在传播的单元格所对应的窗口（RGB 时为所显示的通道）</translation>
    </message>
    <message>
        <source>dZ[y,x] × window → dW</source>
        <translation>dZ[y,x] × 窗口 → dW</translation>
    </message>
    <message>
        <source>What this step adds to dW</source>
        <translation>这一步加到 dW 上的量</translation>
    </message>
    <message>
        <source>dW (running)</source>
        <translation>dW（累计）</translation>
    </message>
    <message>
        <source>Accumulated gradient of the kernel</source>
        <translation>卷积核的累计梯度</translation>
    </message>
    <message>
        <source>dX (running)</source>
        <translation>dX（累计）</translation>
    </message>
    <message>
        <source>Accumulated gradient of the input: dZ[y,x] × kernel added under the window each step</source>
        <translation>输入的累计梯度：每一步把 dZ[y,x] × 卷积核加到窗口下方</translation>
    </message>
    <message>
        <source>dL/dy (upstream) {0}</source>
        <translation>dL/dy（上游）{0}</translation>
    </message>
    <message>
        <source>dL/da {0} (after pooling)</source>
        <translation>dL/da {0}（池化之后）</translation>
    </message>
    <message>
        <source>activation′(z) {0}</source>
        <translation>激活′(z) {0}</translation>
    </message>
    <message>
        <source>input{0} {1} (padded: {2})</source>
        <translation>输入{0} {1}（填充后：{2}）</translation>
    </message>
    <message>
        <source>input{0} {1}</source>
        <translation>输入{0} {1}</translation>
    </message>
    <message>
        <source>dZ[y,x] × window{0} → dW{0}</source>
        <translation>dZ[y,x] × 窗口{0} → dW{0}</translation>
    </message>
    <message>
        <source>dW{0} {1} (running)</source>
        <translation>dW{0} {1}（累计）</translation>
    </message>
    <message>
        <source>dX{0} {1} (running)</source>
        <translation>dX{0} {1}（累计）</translation>
    </message>
    <message>
        <source>step {0}/{1}: </source>
        <translation>第 {0}/{1} 步：</translation>
    </message>
    <message>
        <source> (dL/dy there: {0})</source>
        <translation>（该处 dL/dy：{0}）</translation>
    </message>
    <message>
        <source>dZ = &lt;b&gt;0&lt;/b&gt;: nothing to add to dW, dX or db at this cell; db stays {0}</source>
        <translation>dZ = &lt;b&gt;0&lt;/b&gt;：这个单元格不给 dW、dX 或 db 增加任何量；db 仍为 {0}</translation>
    </message>
    <message>
        <source>dZ = &lt;b&gt;{0}&lt;/b&gt;; dW += dZ × window; dX[window] += dZ × kernel; db += dZ → db = &lt;b&gt;{1}&lt;/b&gt;</source>
        <translation>dZ = &lt;b&gt;{0}&lt;/b&gt;；dW += dZ × 窗口；dX[窗口] += dZ × 卷积核；db += dZ → db = &lt;b&gt;{1}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;conv&lt;/b&gt; {0}, cell {1}{2}: {3}</source>
        <translation>&lt;b&gt;卷积&lt;/b&gt; {0}，单元格 {1}{2}：{3}</translation>
    </message>
    <message>
        <source>goes nowhere: the gradient is 0</source>
        <translation>没有去向：梯度为 0</translation>
    </message>
    <message>
        <source>goes to its arg-max, cell {0}</source>
        <translation>送到最大值所在的单元格 {0}</translation>
    </message>
    <message>
        <source>is shared evenly: {0} to each of cells {1}</source>
        <translation>平均分配：单元格 {1} 各得 {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0} pool&lt;/b&gt; cell {1}: {2} {3}</source>
        <translation>&lt;b&gt;{0}池化&lt;/b&gt; 单元格 {1}：{2}，{3}</translation>
    </message>
    <message>
        <source>&lt;b&gt;no activation&lt;/b&gt;: dL/dz = dL/da, cell by cell</source>
        <translation>&lt;b&gt;无激活函数&lt;/b&gt;：逐格 dL/dz = dL/da</translation>
    </message>
    <message>
        <source>&lt;b&gt;activation&lt;/b&gt; ({0}): dL/dz = dL/da × {0}′(z), cell by cell</source>
        <translation>&lt;b&gt;激活函数&lt;/b&gt;（{0}）：逐格 dL/dz = dL/da × {0}′(z)</translation>
    </message>
    <message>
        <source>L = ½·Σ(y − t)² = &lt;b&gt;{0}&lt;/b&gt;: y is the layer&apos;s output, t its output with the target kernel {1} (no bias)</source>
        <translation>L = ½·Σ(y − t)² = &lt;b&gt;{0}&lt;/b&gt;：y 是这一层的输出，t 是它用目标卷积核 {1}（无偏置）得到的输出</translation>
    </message>
    <message>
        <source>dL/dy = 1 at every output cell: the gradient of L = Σ y</source>
        <translation>每个输出单元格 dL/dy = 1：即 L = Σ y 的梯度</translation>
    </message>
    <message>
        <source>dL/dy as painted: the gradient of L = Σ dL/dy · y</source>
        <translation>dL/dy 按涂画的值：即 L = Σ dL/dy · y 的梯度</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>正在检验…</translation>
    </message>
</context>
<context>
    <name>ChannelBar</name>
    <message>
        <source>channel shown:</source>
        <translation>显示的通道：</translation>
    </message>
    <message>
        <source>Show the {0} channel&apos;s input, kernel slice, products, dW and dX (C cycles)</source>
        <translation>显示 {0} 通道的输入、卷积核切片、乘积、dW 和 dX（按 C 切换）</translation>
    </message>
</context>
<context>
    <name>ClosedFormPanel</name>
    <message>
        <source>The closed forms appear at the last step, beside the stepped totals.</source>
        <translation>闭式解在最后一步出现，显示在逐步累计结果旁边。</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#1e8a4c&apos;&gt;✓ matches&lt;/b&gt; (largest difference {0})</source>
        <translation>&lt;b style=&apos;color:#1e8a4c&apos;&gt;✓ 一致&lt;/b&gt;（最大差异 {0}）</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#c03030&apos;&gt;✗ differs by {0}&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#c03030&apos;&gt;✗ 相差 {0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>closed dW = X ⋆ dZ{0}</source>
        <translation>闭式 dW = X ⋆ dZ{0}</translation>
    </message>
    <message>
        <source>scipy.signal.correlate2d of the padded input with dZ (dilated by the stride); dilation picks every d-th lag.</source>
        <translation>已填充输入与 dZ（按步长扩张）的 scipy.signal.correlate2d；扩张率取每第 d 个位移。</translation>
    </message>
    <message>
        <source>closed dX = dZ ⋆ rot180(W){0}</source>
        <translation>闭式 dX = dZ ⋆ rot180(W){0}</translation>
    </message>
    <message>
        <source>Full cross-correlation (⋆full) of dZ (dilated by the stride) with the kernel turned by 180°, folded back from the padding.</source>
        <translation>dZ（按步长扩张）与旋转 180° 的卷积核的完整互相关（⋆full），再从填充区折回。</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检验</translation>
    </message>
    <message>
        <source>Compare the accumulated gradients with central differences of the loss (kernel, bias, and the input on small crops) and with the closed forms (scipy.signal.correlate2d of the same dZ): neither runs the engine&apos;s backward</source>
        <translation>把累计梯度与损失的中心差分（卷积核、偏置，小裁剪时还有输入）以及闭式解（同一 dZ 的 scipy.signal.correlate2d）比较：两者都不调用引擎的反向传播</translation>
    </message>
    <message>
        <source>Closed forms (scipy correlate2d, not the engine) vs the stepped totals: {0}</source>
        <translation>闭式解（scipy correlate2d，不经引擎）对比逐步累计结果：{0}</translation>
    </message>
    <message>
        <source>max |closed − accumulated| over dW, dX and db = {0} (largest gradient {1})</source>
        <translation>dW、dX 和 db 上的 max |闭式 − 累计| = {0}（最大梯度 {1}）</translation>
    </message>
    <message>
        <source>skipped (input too large)</source>
        <translation>已跳过（输入太大）</translation>
    </message>
    <message>
        <source>central differences of the loss, and the closed forms</source>
        <translation>损失的中心差分，以及闭式解</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#b07000&apos;&gt;⚠ differs by {0} at a kink&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#b07000&apos;&gt;⚠ 在折点处相差 {0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The loss has no derivative at {0}: the gradient there is one side&apos;s (as in torch) and central differences average both sides. Closed forms: {1}</source>
        <translation>损失在 {0} 处不可导：那里的梯度取一侧的值（与 torch 相同），而中心差分对两侧取平均。闭式解：{1}</translation>
    </message>
    <message>
        <source>Check: {0}&lt;br&gt;{1}</source>
        <translation>检验：{0}&lt;br&gt;{1}</translation>
    </message>
    <message>
        <source>numerical (central differences) vs accumulated: dW {0}, db {1}, dX {2}
closed forms (scipy correlate2d, same dZ) vs accumulated: {3}
largest difference {4}, relative to the largest gradient ({5}): {6}</source>
        <translation>数值（中心差分）对比累计：dW {0}，db {1}，dX {2}
闭式解（scipy correlate2d，同一 dZ）对比累计：{3}
最大差异 {4}，相对于最大梯度（{5}）：{6}</translation>
    </message>
</context>
<context>
    <name>Formula</name>
    <message>
        <source>{0} and {1} more</source>
        <translation>{0} 及另外 {1} 个</translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <translation>{0} 和 {1}</translation>
    </message>
    <message>
        <source>Σ of {0} products</source>
        <translation>{0} 个乘积之和 Σ</translation>
    </message>
    <message>
        <source> + … ({0} more)</source>
        <translation> + …（还有 {0} 项）</translation>
    </message>
</context>
<context>
    <name>ForwardPanel</name>
    <message>
        <source>input (padded)</source>
        <translation>输入（已填充）</translation>
    </message>
    <message>
        <source>The padded input; hatched cells are padding. The orange frame is the window under the kernel at this step. In RGB, the channel chosen above.</source>
        <translation>已填充的输入；带斜线的单元格是填充。橙框是这一步卷积核下方的窗口。RGB 时为上方所选的通道。</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>卷积核</translation>
    </message>
    <message>
        <source>The filter being slid over the input (turned by 180° when &apos;flip&apos; is on); in RGB, its slice for the channel shown.</source>
        <translation>在输入上滑动的滤波器（开启「翻转卷积核」时旋转 180°）；RGB 时为所显示通道的切片。</translation>
    </message>
    <message>
        <source>window × kernel</source>
        <translation>窗口 × 卷积核</translation>
    </message>
    <message>
        <source>Each input value times its weight; their sum (over every channel) is the output before bias. Numbers up to 7×7, a heat map beyond.</source>
        <translation>每个输入值乘以它的权重；它们（所有通道）的和就是加偏置前的输出。7×7 以内显示数字，更大时显示热图。</translation>
    </message>
    <message>
        <source>feature map</source>
        <translation>特征图</translation>
    </message>
    <message>
        <source>Output cells fill in step by step; the faint squares are not computed yet. The yellow frame is the cell pinned in the explorer.</source>
        <translation>输出单元格逐步填入；浅色方块尚未计算。黄框是在单层探索中固定的单元格。</translation>
    </message>
    <message>
        <source>pooled</source>
        <translation>池化结果</translation>
    </message>
    <message>
        <source>Pooling windows slide over the finished feature map; hatched feature-map cells are read by no pooling window.</source>
        <translation>池化窗口在算好的特征图上滑动；带斜线的特征图单元格不被任何池化窗口读取。</translation>
    </message>
    <message>
        <source>The arithmetic of the current step</source>
        <translation>当前这一步的算式</translation>
    </message>
    <message>
        <source>feature map {0}</source>
        <translation>特征图 {0}</translation>
    </message>
    <message>
        <source>pooled {0}</source>
        <translation>池化结果 {0}</translation>
    </message>
    <message>
        <source>input{0} {1} (padded: {2})</source>
        <translation>输入{0} {1}（填充后：{2}）</translation>
    </message>
    <message>
        <source>input{0} {1}</source>
        <translation>输入{0} {1}</translation>
    </message>
    <message>
        <source>kernel{0} {1}, turned 180° (flip)</source>
        <translation>卷积核{0} {1}，旋转 180°（翻转）</translation>
    </message>
    <message>
        <source>kernel{0} {1}</source>
        <translation>卷积核{0} {1}</translation>
    </message>
    <message>
        <source>window × kernel{0}</source>
        <translation>窗口 × 卷积核{0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;conv&lt;/b&gt; {0}: output {1} = </source>
        <translation>&lt;b&gt;卷积&lt;/b&gt; {0}：输出 {1} = </translation>
    </message>
    <message>
        <source>+ bias {0} = {1} (no activation) → &lt;b&gt;{2}&lt;/b&gt;</source>
        <translation>+ 偏置 {0} = {1}（无激活函数）→ &lt;b&gt;{2}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>+ bias {0} = {1} → {2}({1}) = &lt;b&gt;{3}&lt;/b&gt;</source>
        <translation>+ 偏置 {0} = {1} → {2}({1}) = &lt;b&gt;{3}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0} pool&lt;/b&gt; step {1}: pooled {2} = {3}(</source>
        <translation>&lt;b&gt;{0}池化&lt;/b&gt; 第 {1} 步：池化结果 {2} = {3}(</translation>
    </message>
    <message>
        <source>) = &lt;b&gt;{0}&lt;/b&gt;, from cell {1}</source>
        <translation>) = &lt;b&gt;{0}&lt;/b&gt;，来自单元格 {1}</translation>
    </message>
    <message>
        <source>{0} values</source>
        <translation>{0} 个值</translation>
    </message>
    <message>
        <source>{0} fit down and across</source>
        <translation>纵向和横向都能放下 {0} 个</translation>
    </message>
    <message>
        <source>{0} fit down and {1} across</source>
        <translation>纵向能放下 {0} 个、横向能放下 {1} 个</translation>
    </message>
    <message>
        <source>row {0}</source>
        <translation>第 {0} 行</translation>
    </message>
    <message>
        <source>rows {0}</source>
        <translation>第 {0} 行</translation>
    </message>
    <message>
        <source>column {0}</source>
        <translation>第 {0} 列</translation>
    </message>
    <message>
        <source>columns {0}</source>
        <translation>第 {0} 列</translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <translation>{0}和{1}</translation>
    </message>
    <message>
        <source>{0}×{1} windows, stride {2}: {3} the {4}×{5} map, so {6} (hatched) are left out.</source>
        <translation>{0}×{1} 窗口，步长 {2}：在 {4}×{5} 的特征图上{3}，所以{6}（带斜线）被舍弃。</translation>
    </message>
</context>
<context>
    <name>LearnPanel</name>
    <message>
        <source>random (He)</source>
        <translation>随机（He）</translation>
    </message>
    <message>
        <source>current kernel</source>
        <translation>当前卷积核</translation>
    </message>
    <message>
        <source>zeros</source>
        <translation>全零</translation>
    </message>
    <message>
        <source>The kernel whose output the learner tries to reproduce</source>
        <translation>学习器要复现其输出的卷积核</translation>
    </message>
    <message>
        <source>Update rule: plain SGD, SGD with momentum 0.9, or Adam</source>
        <translation>更新规则：普通 SGD、动量 0.9 的 SGD，或 Adam</translation>
    </message>
    <message>
        <source>Learning rate (step size)</source>
        <translation>学习率（步子大小）</translation>
    </message>
    <message>
        <source>Initial weights: random, the bank&apos;s current kernel, or zeros</source>
        <translation>初始权重：随机、卷积核库中的当前卷积核，或全零</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>学习</translation>
    </message>
    <message>
        <source>Start or pause gradient descent</source>
        <translation>开始或暂停梯度下降</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Start again from the initial weights</source>
        <translation>从初始权重重新开始</translation>
    </message>
    <message>
        <source>Copy to bank</source>
        <translation>复制到卷积核库</translation>
    </message>
    <message>
        <source>Put the learned kernel and bias into the current filter of the kernel bank (undoable)</source>
        <translation>把学到的卷积核和偏置放入卷积核库的当前滤波器（可撤销）</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>start from</source>
        <translation>初始值</translation>
    </message>
    <message>
        <source>Iteration, loss and distance to the target kernel</source>
        <translation>迭代次数、损失以及与目标卷积核的距离</translation>
    </message>
    <message>
        <source>loss ½·Σ(y − t)² / N (the mean: one learning rate suits any size)</source>
        <translation>损失 ½·Σ(y − t)² / N（取平均：同一个学习率适用于任何尺寸）</translation>
    </message>
    <message>
        <source>Loss per iteration (log scale)</source>
        <translation>每次迭代的损失（对数刻度）</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>迭代</translation>
    </message>
    <message>
        <source>learned kernel</source>
        <translation>学到的卷积核</translation>
    </message>
    <message>
        <source>The weights being learned</source>
        <translation>正在学习的权重</translation>
    </message>
    <message>
        <source>target kernel</source>
        <translation>目标卷积核</translation>
    </message>
    <message>
        <source>The kernel that made the target output</source>
        <translation>产生目标输出的卷积核</translation>
    </message>
    <message>
        <source>output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>The layer&apos;s output with the learned kernel</source>
        <translation>这一层用学到的卷积核得到的输出</translation>
    </message>
    <message>
        <source>target output</source>
        <translation>目标输出</translation>
    </message>
    <message>
        <source>What the output should become</source>
        <translation>输出应当变成的样子</translation>
    </message>
    <message>
        <source>the centre {0}×{1} crop of the image, in gray (BT.601 luma)</source>
        <translation>图像中央 {0}×{1} 的裁剪，灰度（BT.601 亮度）</translation>
    </message>
    <message>
        <source>Press Learn: it learns a kernel and a bias on {0}.</source>
        <translation>按「学习」：它在{0}上学习一个卷积核和一个偏置。</translation>
    </message>
    <message>
        <source>Cannot learn with these settings: {0}</source>
        <translation>用这些设置无法学习：{0}</translation>
    </message>
    <message>
        <source>iteration {0}, loss {1}, bias {2}, max |learned − target| = &lt;b&gt;{3}&lt;/b&gt; — stopped: {4}</source>
        <translation>迭代 {0}，损失 {1}，偏置 {2}，max |学到 − 目标| = &lt;b&gt;{3}&lt;/b&gt; — 已停止：{4}</translation>
    </message>
    <message>
        <source>iteration {0}, loss {1}, bias {2}, max |learned − target| = &lt;b&gt;{3}&lt;/b&gt;</source>
        <translation>迭代 {0}，损失 {1}，偏置 {2}，max |学到 − 目标| = &lt;b&gt;{3}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
</context>
<context>
    <name>Pooling</name>
    <message>
        <source>max</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>avg</source>
        <translation>平均</translation>
    </message>
</context>
<context>
    <name>StepperWidget</name>
    <message>
        <source>What the stepper walks over: a crop of the layer&apos;s input, gray or RGB as in the explorer (centred, or around the output cell pinned in the explorer), tiny digits where every number is legible, or the whole image</source>
        <translation>逐步演示所走过的内容：这一层输入的一块裁剪，灰度或 RGB 与单层探索相同（居中，或围绕在单层探索中固定的输出单元格），每个数字都看得清的小数字图，或整幅图像</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>The pages are being rebuilt; they show the last result meanwhile</source>
        <translation>各页面正在重建；在此期间显示上一次的结果</translation>
    </message>
    <message>
        <source>input:</source>
        <translation>输入：</translation>
    </message>
    <message>
        <source>order:</source>
        <translation>顺序：</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前向</translation>
    </message>
    <message>
        <source>Backward</source>
        <translation>反向</translation>
    </message>
    <message>
        <source>Learn a kernel</source>
        <translation>学习卷积核</translation>
    </message>
    <message>
        <source>Step through the forward pass</source>
        <translation>逐步走过前向传播</translation>
    </message>
    <message>
        <source>Step the gradients back through the layer</source>
        <translation>逐步把梯度反向传过这一层</translation>
    </message>
    <message>
        <source>Gradient descent toward a target kernel</source>
        <translation>朝目标卷积核做梯度下降</translation>
    </message>
    <message>
        <source>&lt;i&gt;Learn a kernel&lt;/i&gt; learns on its own input: {0} (not the input chosen here)</source>
        <translation>&lt;i&gt;学习卷积核&lt;/i&gt;使用它自己的输入：{0}（不是这里选择的输入）</translation>
    </message>
    <message>
        <source>The learner fits one kernel and a bias by gradient descent on the centre crop of the image (at most 64×64), converted to gray (BT.601 luma) whatever the colour mode.</source>
        <translation>学习器在图像中央的裁剪（最大 64×64）上用梯度下降拟合一个卷积核和一个偏置；无论颜色模式如何，都先转为灰度（BT.601 亮度）。</translation>
    </message>
    <message>
        <source>cannot step this layer: {0}</source>
        <translation>无法逐步演示这一层：{0}</translation>
    </message>
    <message>
        <source>3×{0}×{1} kernel (the same on R, G, B)</source>
        <translation>3×{0}×{1} 卷积核（R、G、B 相同）</translation>
    </message>
    <message>
        <source>3×{0}×{1} kernel (one per channel)</source>
        <translation>3×{0}×{1} 卷积核（每个通道一个）</translation>
    </message>
    <message>
        <source>{0}×{1} kernel</source>
        <translation>{0}×{1} 卷积核</translation>
    </message>
    <message>
        <source>{0}×{1} kernel (R + G + B summed)</source>
        <translation>{0}×{1} 卷积核（R + G + B 求和）</translation>
    </message>
    <message>
        <source>no activation</source>
        <translation>无激活函数</translation>
    </message>
    <message>
        <source>no pooling</source>
        <translation>无池化</translation>
    </message>
    <message>
        <source>{0} pool {1}×{1}</source>
        <translation>{0}池化 {1}×{1}</translation>
    </message>
    <message>
        <source>{0}×{1} RGB</source>
        <translation>{0}×{1} RGB</translation>
    </message>
    <message>
        <source>{0}×{1} gray</source>
        <translation>{0}×{1} 灰度</translation>
    </message>
    <message>
        <source>filter {0}: {1}</source>
        <translation>滤波器 {0}：{1}</translation>
    </message>
    <message>
        <source>bias {0}</source>
        <translation>偏置 {0}</translation>
    </message>
    <message>
        <source>pinned ({0}, {1}) = pooled {2} here</source>
        <translation>固定的 ({0}, {1}) = 这里的池化结果 {2}</translation>
    </message>
    <message>
        <source>pinned ({0}, {1}) = output {2} here</source>
        <translation>固定的 ({0}, {1}) = 这里的输出 {2}</translation>
    </message>
    <message>
        <source>The explorer&apos;s pinned {0} cell (row {1}, col {2}) of map {3} is {4} here: its window reads the same pixels, so its value is the explorer&apos;s (framed in yellow).</source>
        <translation>单层探索中第 {3} 张特征图上固定的 {0} 单元格（第 {1} 行，第 {2} 列）在这里是 {4}：它的窗口读取相同的像素，所以它的值与单层探索中的相同（黄框标出）。</translation>
    </message>
    <message>
        <source>the three channels R, G and B, each with its slice of the kernel; the channel sums add up, then the bias</source>
        <translation>R、G、B 三个通道，各用卷积核的一个切片；各通道的和相加，再加偏置</translation>
    </message>
    <message>
        <source>the gray (BT.601 luma) input</source>
        <translation>灰度（BT.601 亮度）输入</translation>
    </message>
    <message>
        <source>Input: {0}, {1}×{2}, {3}, as the explorer computes it in this colour mode. Filter {4} of the bank, {5}; bias {6}; activation {7}; {8}.</source>
        <translation>输入：{0}，{1}×{2}，{3}，与单层探索在这种颜色模式下的计算相同。卷积核库的滤波器 {4}，{5}；偏置 {6}；激活函数 {7}；{8}。</translation>
    </message>
</context>
<context>
    <name>TransportBar</name>
    <message>
        <source>Jump to the first step (Home)</source>
        <translation>跳到第一步（Home）</translation>
    </message>
    <message>
        <source>One step back (Left)</source>
        <translation>后退一步（←）</translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation>播放 / 暂停（空格）</translation>
    </message>
    <message>
        <source>One step forward (Right)</source>
        <translation>前进一步（→）</translation>
    </message>
    <message>
        <source>Jump to the last step (End)</source>
        <translation>跳到最后一步（End）</translation>
    </message>
    <message>
        <source>Slower (−)</source>
        <translation>减速（−）</translation>
    </message>
    <message>
        <source>Faster (+)</source>
        <translation>加速（+）</translation>
    </message>
    <message>
        <source>Steps per second while playing</source>
        <translation>播放时每秒的步数</translation>
    </message>
    <message>
        <source>Drag to any step; seeking is instant</source>
        <translation>拖到任意一步；跳转即时完成</translation>
    </message>
    <message>
        <source>Current step / number of steps</source>
        <translation>当前步 / 总步数</translation>
    </message>
    <message>
        <source>Export animation…</source>
        <translation>导出动画…</translation>
    </message>
    <message>
        <source>Save this layer&apos;s pass as an animated GIF or MP4 for slides</source>
        <translation>把这一层的传播过程存为 GIF 动画或 MP4，用于幻灯片</translation>
    </message>
    <message>
        <source>step {0} / {1}</source>
        <translation>第 {0} / {1} 步</translation>
    </message>
    <message>
        <source>no steps</source>
        <translation>没有步骤</translation>
    </message>
    <message>
        <source>{0} steps/s</source>
        <translation>{0} 步/秒</translation>
    </message>
</context>
</TS>
