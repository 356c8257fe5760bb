<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ArithmeticPanel</name>
    <message>
        <source>&lt;b&gt;Try this&lt;/b&gt;&lt;ol style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;Click an output cell on a feature map: the outlined box on the input is what it sees, and this panel works out its number.&lt;/li&gt;&lt;li&gt;Press ← → ↑ ↓ to walk the kernel over the image; Ctrl+F zooms onto it.&lt;/li&gt;&lt;li&gt;Pick another kernel (Kernel panel), or change the stride or padding (Layer panel).&lt;/li&gt;&lt;li&gt;Ctrl+2 steps through the layer cell by cell; F1 explains any tab.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;b&gt;试试看&lt;/b&gt;&lt;ol style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;单击特征图上的一个输出单元格：输入上框出的区域就是它看到的部分，本面板算出它的数值。&lt;/li&gt;&lt;li&gt;按 ← → ↑ ↓ 让卷积核在图像上移动；Ctrl+F 放大到该处。&lt;/li&gt;&lt;li&gt;换一个卷积核（卷积核面板），或改变步长或填充（卷积层面板）。&lt;/li&gt;&lt;li&gt;Ctrl+2 逐个单元格演示这一层；F1 说明任一标签页。&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>The pinned output cell</source>
        <translation>固定的输出单元格</translation>
    </message>
    <message>
        <source>Which input channel&apos;s window, kernel slice and products to show</source>
        <translation>显示哪个输入通道的窗口、卷积核切片和乘积</translation>
    </message>
    <message>
        <source>input window</source>
        <translation>输入窗口</translation>
    </message>
    <message>
        <source>The input values under the kernel&apos;s taps (blue marks: padding). Zoom out to see where they sit: the outlined box on the input.</source>
        <translation>卷积核各抽头下的输入值（蓝色标记：填充）。缩小可看到它们的位置：输入上框出的区域。</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>卷积核</translation>
    </message>
    <message>
        <source>The weights as applied to this window.</source>
        <translation>作用于此窗口的权重。</translation>
    </message>
    <message>
        <source>window × kernel</source>
        <translation>窗口 × 卷积核</translation>
    </message>
    <message>
        <source>Each input value times its weight.</source>
        <translation>每个输入值乘以它的权重。</translation>
    </message>
    <message>
        <source>The sum of the products, plus the bias, through the activation. The numbers in the cells are rounded to two decimals; the sum is of the exact products.</source>
        <translation>乘积之和加上偏置，再经过激活函数。单元格中的数字四舍五入到两位小数；求和用的是精确的乘积。</translation>
    </message>
    <message>
        <source>map</source>
        <translation>特征图</translation>
    </message>
    <message>
        <source>pooled</source>
        <translation>池化图</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0} {1}, cell (row {2}, col {3})&lt;/b&gt;</source>
        <translation>&lt;b&gt;{0} {1}，单元格（第 {2} 行，第 {3} 列）&lt;/b&gt;</translation>
    </message>
    <message>
        <source>kernel, turned 180° (true convolution)</source>
        <translation>卷积核，旋转 180°（真卷积）</translation>
    </message>
    <message>
        <source>feature-map block</source>
        <translation>特征图块</translation>
    </message>
    <message>
        <source>&lt;p&gt;per channel: {0}&lt;/p&gt;</source>
        <translation>&lt;p&gt;各通道：{0}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;sum of products = &lt;b&gt;{0}&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;乘积之和 = &lt;b&gt;{0}&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;{0} bias {1} = &lt;b&gt;{2}&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;{0} 偏置 {1} = &lt;b&gt;{2}&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#888&apos;&gt;cells rounded; the sum is exact&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#888&apos;&gt;单元格中为舍入值；总和是精确的&lt;/p&gt;</translation>
    </message>
    <message>
        <source>max of the {0}×{1} block = &lt;b&gt;{2}&lt;/b&gt;, from the cell at (row {3}, col {4}) of the feature map (green); {5} cells tie, the first in reading order wins</source>
        <translation>{0}×{1} 块的最大值 = &lt;b&gt;{2}&lt;/b&gt;，来自特征图的单元格（第 {3} 行，第 {4} 列）（绿色）；{5} 个单元格并列，按阅读顺序取第一个</translation>
    </message>
    <message>
        <source>max of the {0}×{1} block = &lt;b&gt;{2}&lt;/b&gt;, from the cell at (row {3}, col {4}) of the feature map (green)</source>
        <translation>{0}×{1} 块的最大值 = &lt;b&gt;{2}&lt;/b&gt;，来自特征图的单元格（第 {3} 行，第 {4} 列）（绿色）</translation>
    </message>
    <message>
        <source>mean of the {0}×{1} block = &lt;b&gt;{2}&lt;/b&gt;</source>
        <translation>{0}×{1} 块的平均值 = &lt;b&gt;{2}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ColorBar</name>
    <message>
        <source>The colour scale of the maps: colour ↔ value (signed maps on a square-root scale unless View → Square-root colour scale is off: halfway up the bar is a quarter of the top value)</source>
        <translation>特征图的色标：颜色 ↔ 数值（有正负的特征图使用平方根刻度，除非关闭了“视图 → 平方根色标”：色条一半高度处是顶端数值的四分之一）</translation>
    </message>
    <message>
        <source>max</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>−max</source>
        <translation>−最大</translation>
    </message>
    <message>
        <source>min</source>
        <translation>最小</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>The kept layer, and how the current one differs from it</source>
        <translation>保留的层，以及当前层与它的不同之处</translation>
    </message>
    <message>
        <source>Stop comparing (the kept maps are dropped)</source>
        <translation>停止比较（丢弃保留的特征图）</translation>
    </message>
    <message>
        <source>kept: {0} × {1}×{2}</source>
        <translation>保留：{0} × {1}×{2}</translation>
    </message>
    <message>
        <source>nothing yet: change a setting</source>
        <translation>尚无：请改变一项设置</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kept:&lt;/b&gt; {0}&lt;br&gt;&lt;b&gt;Now differs in:&lt;/b&gt; {1}</source>
        <translation>&lt;b&gt;保留：&lt;/b&gt;{0}&lt;br&gt;&lt;b&gt;现在不同之处：&lt;/b&gt;{1}</translation>
    </message>
</context>
<context>
    <name>InputViewWidget</name>
    <message>
        <source>Input (padding ring dimmed)</source>
        <translation>输入（填充圈变暗显示）</translation>
    </message>
    <message>
        <source>Input: {0} (padding ring dimmed){1}</source>
        <translation>输入：{0}（填充圈变暗显示）{1}</translation>
    </message>
    <message>
        <source>input (row {0}, col {1}) = {2}</source>
        <translation>输入（第 {0} 行，第 {1} 列）= {2}</translation>
    </message>
    <message>
        <source>padding (row {0}, col {1})</source>
        <translation>填充（第 {0} 行，第 {1} 列）</translation>
    </message>
    <message>
        <source>Input: {0}{1}</source>
        <translation>输入：{0}{1}</translation>
    </message>
</context>
<context>
    <name>KernelEditorWidget</name>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Add a new filter (an identity kernel) to this layer.</source>
        <translation>向这一层添加一个新滤波器（恒等卷积核）。</translation>
    </message>
    <message>
        <source>Normalise</source>
        <translation>归一化</translation>
    </message>
    <message>
        <source>Scale this filter so its weights sum to 1 (or its largest |weight| is 1 if they sum to 0).</source>
        <translation>缩放此滤波器，使其权重之和为 1（若和为 0，则使最大的 |权重| 为 1）。</translation>
    </message>
    <message>
        <source>Negate</source>
        <translation>取反</translation>
    </message>
    <message>
        <source>Flip the sign of every weight of this filter.</source>
        <translation>翻转此滤波器每个权重的符号。</translation>
    </message>
    <message>
        <source>Transpose</source>
        <translation>转置</translation>
    </message>
    <message>
        <source>Swap rows and columns of this filter (a non-square size transposes every filter).</source>
        <translation>交换此滤波器的行和列（非正方形尺寸会转置所有滤波器）。</translation>
    </message>
    <message>
        <source>Rotate 180°</source>
        <translation>旋转 180°</translation>
    </message>
    <message>
        <source>Turn this filter upside down, which turns correlation into true convolution.</source>
        <translation>将此滤波器上下左右颠倒，互相关由此变成真卷积。</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>Fill this filter with random He-initialised weights, as a fresh network would.</source>
        <translation>用 He 初始化的随机权重填充此滤波器，和新建的网络一样。</translation>
    </message>
    <message>
        <source>Filters of this layer, one feature map each; double-click a name to rename it.</source>
        <translation>这一层的滤波器，每个产生一张特征图；双击名称可重命名。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected filter from this layer.</source>
        <translation>从这一层删除选中的滤波器。</translation>
    </message>
    <message>
        <source>Per channel (RGB)</source>
        <translation>按通道（RGB）</translation>
    </message>
    <message>
        <source>Give each colour channel its own kernel instead of sharing one kernel.</source>
        <translation>让每个颜色通道有自己的卷积核，而不是共用一个卷积核。</translation>
    </message>
    <message>
        <source>Which colour channel&apos;s kernel the grid shows and edits.</source>
        <translation>网格显示和编辑哪个颜色通道的卷积核。</translation>
    </message>
    <message>
        <source>Bias added to every output value of this filter.</source>
        <translation>加到此滤波器每个输出值上的偏置。</translation>
    </message>
    <message>
        <source>Replace the kernel with a well-known one (hover an entry for what it does).</source>
        <translation>用一个常见的卷积核替换当前卷积核（鼠标悬停在条目上可查看其作用）。</translation>
    </message>
    <message>
        <source>Your own weights (no preset matches them).</source>
        <translation>你自己的权重（没有预设与之相符）。</translation>
    </message>
    <message>
        <source>Kernel height in cells (1-15); the weights are cropped or padded around the centre.</source>
        <translation>卷积核高度（单元格数，1-15）；权重围绕中心裁剪或填充。</translation>
    </message>
    <message>
        <source>Kernel width in cells (1-15); the weights are cropped or padded around the centre.</source>
        <translation>卷积核宽度（单元格数，1-15）；权重围绕中心裁剪或填充。</translation>
    </message>
    <message>
        <source>What the chosen preset does, and the sum of the shown weights.</source>
        <translation>所选预设的作用，以及所显示权重之和。</translation>
    </message>
    <message>
        <source>How much one drag over a cell raises (left) or lowers (right) it.</source>
        <translation>拖过一个单元格一次使它升高（左键）或降低（右键）多少。</translation>
    </message>
    <message>
        <source>The value Shift+drag writes into every cell it crosses.</source>
        <translation>Shift+拖动时写入所经过每个单元格的值。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo the last kernel change (Ctrl+Z).</source>
        <translation>撤销上一次卷积核修改（Ctrl+Z）。</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Redo the kernel change you undid (Ctrl+Shift+Z or Ctrl+Y).</source>
        <translation>重做刚撤销的卷积核修改（Ctrl+Shift+Z 或 Ctrl+Y）。</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>偏置</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Brush step</source>
        <translation>笔刷步进</translation>
    </message>
    <message>
        <source>Shift value</source>
        <translation>Shift 值</translation>
    </message>
    <message>
        <source>A layer here holds at most {0} filters.</source>
        <translation>这里的一层最多容纳 {0} 个滤波器。</translation>
    </message>
    <message>
        <source>Custom kernel.</source>
        <translation>自定义卷积核。</translation>
    </message>
    <message>
        <source>{0}
Sum of weights: {1}</source>
        <translation>{0}
权重之和：{1}</translation>
    </message>
    <message>
        <source>{0}
Every filter is now {1}×{2}: the filters of one layer share one size.</source>
        <translation>{0}
现在每个滤波器都是 {1}×{2}：同一层的滤波器尺寸相同。</translation>
    </message>
</context>
<context>
    <name>KernelGrid</name>
    <message>
        <source>Type a weight (e.g. -1, 0.25 or 1/9) and press Enter; Esc cancels.</source>
        <translation>输入一个权重（例如 -1、0.25 或 1/9）后按 Enter；Esc 取消。</translation>
    </message>
    <message>
        <source>Kernel weights: click a cell and type a number (Enter to apply); drag to paint (left raises, right lowers, Shift sets the brush value).</source>
        <translation>卷积核权重：单击一个单元格并输入数字（Enter 应用）；拖动可涂改（左键升高，右键降低，Shift 设为笔刷值）。</translation>
    </message>
</context>
<context>
    <name>LayerPanel</name>
    <message>
        <source>How many cells the kernel moves between outputs; 2 halves each side of the output.</source>
        <translation>卷积核在相邻两个输出之间移动的单元格数；2 使输出的每条边减半。</translation>
    </message>
    <message>
        <source>VALID adds nothing; SAME pads so the output is ⌈input/stride⌉; explicit uses the four numbers.</source>
        <translation>VALID 不添加任何内容；SAME 填充到输出为 ⌈输入/步长⌉；显式则使用这四个数字。</translation>
    </message>
    <message>
        <source>Cells added on the top, bottom, left and right before the kernel slides.</source>
        <translation>卷积核滑动之前在上、下、左、右添加的单元格。</translation>
    </message>
    <message>
        <source>What the added cells contain: zeros, a mirror, copies of the edge, or the other side.</source>
        <translation>添加的单元格中放什么：零、镜像、边缘的复制，或另一侧的内容。</translation>
    </message>
    <message>
        <source>Spacing between the kernel&apos;s taps; 2 spreads a 3×3 kernel over 5×5 cells.</source>
        <translation>卷积核抽头之间的间距；2 把 3×3 卷积核展开到 5×5 个单元格上。</translation>
    </message>
    <message>
        <source>Flip the kernel 180° first: true convolution instead of the cross-correlation CNNs use.</source>
        <translation>先将卷积核旋转 180°：得到真卷积，而不是 CNN 使用的互相关。</translation>
    </message>
    <message>
        <source>Add each filter&apos;s bias to its sums.</source>
        <translation>把每个滤波器的偏置加到它的和上。</translation>
    </message>
    <message>
        <source>The function applied to every output value.</source>
        <translation>作用于每个输出值的函数。</translation>
    </message>
    <message>
        <source>Shrink each feature map: max or average of each block, or of the whole map.</source>
        <translation>缩小每张特征图：取每个块或整张图的最大值或平均值。</translation>
    </message>
    <message>
        <source>Side of the square block that pooling reduces to one value.</source>
        <translation>池化把它缩成一个值的正方形块的边长。</translation>
    </message>
    <message>
        <source>How far the pooling block moves between outputs.</source>
        <translation>池化块在相邻两个输出之间移动的距离。</translation>
    </message>
    <message>
        <source>VALID keeps whole blocks only (torch&apos;s default); ceil mode lets a last block overhang (torch ceil_mode); SAME pads so the output is ⌈size/stride⌉, and padding never wins or counts (TensorFlow, Keras).</source>
        <translation>VALID 只保留完整的块（torch 的默认）；向上取整模式允许最后一个块超出边缘（torch 的 ceil_mode）；SAME 填充到输出为 ⌈尺寸/步长⌉，且填充既不会胜出也不计入（TensorFlow、Keras）。</translation>
    </message>
    <message>
        <source>Feed the image as one gray channel or as three colour channels.</source>
        <translation>将图像作为一个灰度通道或三个颜色通道输入。</translation>
    </message>
    <message>
        <source>VALID (torch default)</source>
        <translation>VALID（torch 默认）</translation>
    </message>
    <message>
        <source>ceil mode (torch)</source>
        <translation>向上取整（torch 的 ceil_mode）</translation>
    </message>
    <message>
        <source>SAME (TensorFlow, Keras)</source>
        <translation>SAME（TensorFlow、Keras）</translation>
    </message>
    <message>
        <source>explicit</source>
        <translation>显式</translation>
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
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>max</source>
        <translation>最大池化</translation>
    </message>
    <message>
        <source>avg</source>
        <translation>平均池化</translation>
    </message>
    <message>
        <source>global max</source>
        <translation>全局最大池化</translation>
    </message>
    <message>
        <source>global avg</source>
        <translation>全局平均池化</translation>
    </message>
    <message>
        <source>gray (1 channel)</source>
        <translation>灰度（1 个通道）</translation>
    </message>
    <message>
        <source>RGB (3 channels)</source>
        <translation>RGB（3 个通道）</translation>
    </message>
    <message>
        <source>T </source>
        <translation>上 </translation>
    </message>
    <message>
        <source>B </source>
        <translation>下 </translation>
    </message>
    <message>
        <source>L </source>
        <translation>左 </translation>
    </message>
    <message>
        <source>R </source>
        <translation>右 </translation>
    </message>
    <message>
        <source>Padding on the top.</source>
        <translation>上方的填充。</translation>
    </message>
    <message>
        <source>Padding on the bottom.</source>
        <translation>下方的填充。</translation>
    </message>
    <message>
        <source>Padding on the left.</source>
        <translation>左侧的填充。</translation>
    </message>
    <message>
        <source>Padding on the right.</source>
        <translation>右侧的填充。</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>步长</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>Pads</source>
        <translation>填充量</translation>
    </message>
    <message>
        <source>Pad mode</source>
        <translation>填充方式</translation>
    </message>
    <message>
        <source>Dilation</source>
        <translation>扩张率</translation>
    </message>
    <message>
        <source>true convolution (flip kernel)</source>
        <translation>真卷积（翻转卷积核）</translation>
    </message>
    <message>
        <source>add bias</source>
        <translation>加偏置</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>Pooling</source>
        <translation>池化</translation>
    </message>
    <message>
        <source>Pool size</source>
        <translation>池化尺寸</translation>
    </message>
    <message>
        <source>Pool stride</source>
        <translation>池化步长</translation>
    </message>
    <message>
        <source>Pool edge</source>
        <translation>池化边缘</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>通道</translation>
    </message>
    <message>
        <source>{0}
The views show the last valid result.</source>
        <translation>{0}
视图显示的是上一个有效结果。</translation>
    </message>
</context>
<context>
    <name>MapGridWidget</name>
    <message>
        <source>map</source>
        <translation>特征图</translation>
    </message>
    <message>
        <source>pooled</source>
        <translation>池化图</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>filter {0}</source>
        <translation>滤波器 {0}</translation>
    </message>
    <message>
        <source>{0} {1}: {2}</source>
        <translation>{0} {1}：{2}</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>The current kernel</source>
        <translation>当前卷积核</translation>
    </message>
    <message>
        <source>Shift or rotate the input</source>
        <translation>平移或旋转输入</translation>
    </message>
    <message>
        <source>Parameter sharing in this layer</source>
        <translation>这一层的参数共享</translation>
    </message>
    <message>
        <source>Shift (dy, dx)</source>
        <translation>平移 (dy, dx)</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>旋转</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>正在测量…</translation>
    </message>
    <message>
        <source>The layer has not run yet.</source>
        <translation>这一层还没有运行。</translation>
    </message>
    <message>
        <source>Cells the input moves down (negative: up).</source>
        <translation>输入向下移动的单元格数（负数：向上）。</translation>
    </message>
    <message>
        <source>Cells the input moves right (negative: left).</source>
        <translation>输入向右移动的单元格数（负数：向左）。</translation>
    </message>
    <message>
        <source>Turn the input counter-clockwise about its centre.</source>
        <translation>将输入绕其中心逆时针旋转。</translation>
    </message>
    <message>
        <source>any angle</source>
        <translation>任意角度</translation>
    </message>
</context>
<context>
    <name>ShapePanel</name>
    <message>
        <source>No result yet.</source>
        <translation>尚无结果。</translation>
    </message>
    <message>
        <source>Input (C × H × W)</source>
        <translation>输入 (C × H × W)</translation>
    </message>
    <message>
        <source>Padded</source>
        <translation>填充后</translation>
    </message>
    <message>
        <source>Kernel (F × C × kH × kW)</source>
        <translation>卷积核 (F × C × kH × kW)</translation>
    </message>
    <message>
        <source>Output (F × H × W)</source>
        <translation>输出 (F × H × W)</translation>
    </message>
    <message>
        <source>Pooled</source>
        <translation>池化后</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>Multiply-adds</source>
        <translation>乘加次数</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#d33&apos;&gt;&lt;b&gt;⚠ The new settings cannot run.&lt;/b&gt; {0}&lt;br&gt;The views and the numbers below show the last valid layer.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#d33&apos;&gt;&lt;b&gt;⚠ 新的设置无法运行。&lt;/b&gt;{0}&lt;br&gt;视图和下面的数字显示的是上一个有效的层。&lt;/p&gt;</translation>
    </message>
</context>
</TS>
