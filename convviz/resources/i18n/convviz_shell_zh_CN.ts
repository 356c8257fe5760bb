<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Open image…</source>
        <translation>打开图像(&amp;O)…</translation>
    </message>
    <message>
        <source>Load a picture to convolve.</source>
        <translation>载入一张图片来做卷积。</translation>
    </message>
    <message>
        <source>Open &amp;model…</source>
        <translation>打开模型(&amp;M)…</translation>
    </message>
    <message>
        <source>Open your own trained network (.onnx) in the Your model tab: its layers, maps, filters and class scores.</source>
        <translation>在“你的模型”标签页打开你自己训练的网络（.onnx）：它的各层、特征图、滤波器和类别得分。</translation>
    </message>
    <message>
        <source>Export feature maps as &amp;PNG…</source>
        <translation>将特征图导出为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>Save each feature map, coloured as shown, as a PNG.</source>
        <translation>把每张特征图按显示的颜色存为 PNG。</translation>
    </message>
    <message>
        <source>Export feature maps as .&amp;npy…</source>
        <translation>将特征图导出为 .npy(&amp;N)…</translation>
    </message>
    <message>
        <source>Save the raw feature maps (F, H, W) as a NumPy file.</source>
        <translation>把原始特征图 (F, H, W) 存为 NumPy 文件。</translation>
    </message>
    <message>
        <source>Export &amp;kernel…</source>
        <translation>导出卷积核(&amp;K)…</translation>
    </message>
    <message>
        <source>Save the filters as JSON.</source>
        <translation>把滤波器存为 JSON。</translation>
    </message>
    <message>
        <source>Export &amp;animation…</source>
        <translation>导出动画(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the stepper&apos;s layer as an animated GIF or MP4 for slides (one frame per kernel position).</source>
        <translation>把逐步演示的这一层存为 GIF 动画或 MP4，用于幻灯片（卷积核每个位置一帧）。</translation>
    </message>
    <message>
        <source>Load k&amp;ernels…</source>
        <translation>载入卷积核(&amp;E)…</translation>
    </message>
    <message>
        <source>Replace the filters with ones saved as JSON (undoable).</source>
        <translation>用保存为 JSON 的滤波器替换当前的（可撤销）。</translation>
    </message>
    <message>
        <source>&amp;Save session…</source>
        <translation>保存会话(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the layer, kernels and image path as JSON.</source>
        <translation>把这一层、卷积核和图像路径存为 JSON。</translation>
    </message>
    <message>
        <source>&amp;Load session…</source>
        <translation>载入会话(&amp;L)…</translation>
    </message>
    <message>
        <source>Restore a saved session.</source>
        <translation>恢复保存的会话。</translation>
    </message>
    <message>
        <source>Live &amp;camera…</source>
        <translation>实时摄像头(&amp;C)…</translation>
    </message>
    <message>
        <source>Feed camera frames (or a video, or the synthetic source) through the layer live.</source>
        <translation>把摄像头的画面（或视频、合成画面）实时送入这一层。</translation>
    </message>
    <message>
        <source>Stop li&amp;ve</source>
        <translation>停止实时(&amp;V)</translation>
    </message>
    <message>
        <source>Stop the camera; the last frame stays as the image.</source>
        <translation>停止摄像头；最后一帧留作图像。</translation>
    </message>
    <message>
        <source>Screens&amp;hot of window…</source>
        <translation>窗口截图(&amp;H)…</translation>
    </message>
    <message>
        <source>Save the window as a PNG.</source>
        <translation>把窗口存为 PNG。</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Close convviz.</source>
        <translation>关闭 convviz。</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>重置缩放(&amp;R)</translation>
    </message>
    <message>
        <source>Fit every view to its data.</source>
        <translation>让每个视图适应它的数据。</translation>
    </message>
    <message>
        <source>&amp;Zoom to the pinned cell</source>
        <translation>放大到固定的单元格(&amp;Z)</translation>
    </message>
    <message>
        <source>Zoom the input onto the pinned cell&apos;s receptive field (the maps follow); Ctrl+0 zooms back out.</source>
        <translation>把输入放大到固定单元格的感受野（特征图随之移动）；Ctrl+0 缩回。</translation>
    </message>
    <message>
        <source>&amp;Keep these maps to compare</source>
        <translation>保留这些特征图以作比较(&amp;K)</translation>
    </message>
    <message>
        <source>Put the current maps beside the explorer&apos;s, then change a setting (VALID → SAME, stride 1 → 2) to compare.</source>
        <translation>把当前的特征图放在探索视图旁边，然后改一个设置（VALID → SAME，步长 1 → 2）来比较。</translation>
    </message>
    <message>
        <source>&amp;Framework code…</source>
        <translation>框架代码(&amp;F)…</translation>
    </message>
    <message>
        <source>Show the layer (or, on the Layer stack tab, the whole stack) as PyTorch, Keras and tf.nn code.</source>
        <translation>把这一层（在“层堆叠”标签页则是整个堆叠）显示为 PyTorch、Keras 和 tf.nn 代码。</translation>
    </message>
    <message>
        <source>&amp;Layer explorer</source>
        <translation>单层探索(&amp;L)</translation>
    </message>
    <message>
        <source>One layer: input, receptive field, feature maps.</source>
        <translation>一层：输入、感受野、特征图。</translation>
    </message>
    <message>
        <source>&amp;Step by step</source>
        <translation>逐步演示(&amp;S)</translation>
    </message>
    <message>
        <source>Walk the forward and backward pass window by window; learn a kernel.</source>
        <translation>一个窗口一个窗口地走过前向传播和反向传播；学习一个卷积核。</translation>
    </message>
    <message>
        <source>Layer s&amp;tack</source>
        <translation>层堆叠(&amp;T)</translation>
    </message>
    <message>
        <source>Build a stack of layers and see every layer&apos;s maps and the summary.</source>
        <translation>搭建一个层堆叠，查看每一层的特征图和摘要。</translation>
    </message>
    <message>
        <source>&amp;Your model</source>
        <translation>你的模型(&amp;Y)</translation>
    </message>
    <message>
        <source>Your own ONNX model on the picture or the camera: layers, maps, filters, class scores, saliency.</source>
        <translation>你自己的 ONNX 模型作用在图片或摄像头上：各层、特征图、滤波器、类别得分、显著图。</translation>
    </message>
    <message>
        <source>&amp;What am I looking at?</source>
        <translation>我在看什么？(&amp;W)</translation>
    </message>
    <message>
        <source>Explain what the current tab shows: on the explorer with the layer&apos;s own numbers.</source>
        <translation>解释当前标签页显示的内容：在单层探索中用这一层自己的数字。</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Every shortcut of every tab, in one list.</source>
        <translation>所有标签页的全部快捷键，列在一起。</translation>
    </message>
    <message>
        <source>&amp;About convviz</source>
        <translation>关于 convviz(&amp;A)</translation>
    </message>
    <message>
        <source>Version and credits.</source>
        <translation>版本与致谢。</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <source>Framework code: the layer stack</source>
        <translation>框架代码：层堆叠</translation>
    </message>
    <message>
        <source>Framework code: the explorer&apos;s layer</source>
        <translation>框架代码：单层探索的这一层</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy this source to the clipboard</source>
        <translation>把这段源代码复制到剪贴板</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>已复制到剪贴板。</translation>
    </message>
    <message>
        <source>Some layers cannot be written in this framework: see the comments marked NOT EXPRESSIBLE.</source>
        <translation>有些层无法用这个框架写出：见标有 NOT EXPRESSIBLE 的注释。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source># No code: the layer cannot run on this input ({0}).</source>
        <translation># 没有代码：这一层无法在这个输入上运行（{0}）。</translation>
    </message>
</context>
<context>
    <name>Docks</name>
    <message>
        <source>Layer</source>
        <translation>卷积层</translation>
    </message>
    <message>
        <source>Shapes</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>卷积核</translation>
    </message>
    <message>
        <source>Arithmetic of the pinned cell</source>
        <translation>固定单元格的算术</translation>
    </message>
    <message>
        <source>What am I looking at?</source>
        <translation>我在看什么？</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>性质</translation>
    </message>
    <message>
        <source>Rank and factors of the kernel, shift and rotation of the input, parameter sharing.</source>
        <translation>卷积核的秩与分解、输入的平移与旋转、参数共享。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{0}: {1}

Your work is kept; the details are in {2}.</source>
        <translation>{0}: {1}

你的工作已保留；详细信息在 {2} 中。</translation>
    </message>
    <message>
        <source>{0}: {1}

Your work is kept; the details are in the terminal output.</source>
        <translation>{0}: {1}

你的工作已保留；详细信息在终端输出中。</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp);;All files (*)</source>
        <translation>图像 (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp);;所有文件 (*)</translation>
    </message>
    <message>
        <source>ONNX models (*.onnx);;All files (*)</source>
        <translation>ONNX 模型 (*.onnx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open image</source>
        <translation>打开图像</translation>
    </message>
    <message>
        <source>Open model</source>
        <translation>打开模型</translation>
    </message>
    <message>
        <source>Export feature maps to</source>
        <translation>把特征图导出到</translation>
    </message>
    <message>
        <source>Load kernels</source>
        <translation>载入卷积核</translation>
    </message>
    <message>
        <source>Kernels (*.json)</source>
        <translation>卷积核 (*.json)</translation>
    </message>
    <message>
        <source>Export kernel</source>
        <translation>导出卷积核</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <source>Sessions (*.json)</source>
        <translation>会话 (*.json)</translation>
    </message>
    <message>
        <source>Load session</source>
        <translation>载入会话</translation>
    </message>
    <message>
        <source>Save screenshot</source>
        <translation>保存截图</translation>
    </message>
</context>
<context>
    <name>FileOps</name>
    <message>
        <source>Cannot open image</source>
        <translation>无法打开图像</translation>
    </message>
    <message>
        <source>synthetic {0} pattern</source>
        <translation>合成的{0}图案</translation>
    </message>
    <message>
        <source>Cannot export feature maps</source>
        <translation>无法导出特征图</translation>
    </message>
    <message>
        <source>Wrote {0} file(s) to {1}</source>
        <translation>已写入 {0} 个文件到 {1}</translation>
    </message>
    <message>
        <source>Cannot export the kernel</source>
        <translation>无法导出卷积核</translation>
    </message>
    <message>
        <source>Cannot load kernels</source>
        <translation>无法载入卷积核</translation>
    </message>
    <message>
        <source>Loaded kernels from {0}</source>
        <translation>已从 {0} 载入卷积核</translation>
    </message>
    <message>
        <source>Cannot save the session</source>
        <translation>无法保存会话</translation>
    </message>
    <message>
        <source>Cannot load session</source>
        <translation>无法载入会话</translation>
    </message>
    <message>
        <source>Session loaded without its image</source>
        <translation>会话已载入，但没有它的图像</translation>
    </message>
    <message>
        <source>The layer and kernels of &apos;{0}&apos; are loaded, but its image could not be opened: {1} The current image stays.</source>
        <translation>“{0}”的层和卷积核已载入，但它的图像无法打开：{1} 当前图像保持不变。</translation>
    </message>
    <message>
        <source>Cannot save the screenshot</source>
        <translation>无法保存截图</translation>
    </message>
    <message>
        <source>Qt could not write {0}.</source>
        <translation>Qt 无法写入 {0}。</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>Link Axis:</source>
        <translation>联动轴：</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Links this axis with another view. When linked, both views will display the same data range.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;把这个轴与另一个视图联动。联动后，两个视图显示相同的数据范围。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Percent of data to be visible when auto-scaling. It may be useful to decrease this value for data with spiky noise.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;自动缩放时可见数据的百分比。数据有尖峰噪声时，减小这个值可能有用。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Automatically resize this axis whenever the displayed data is changed.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;显示的数据每次改变时，自动调整这个轴的范围。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Set the range for this axis manually. This disables automatic scaling. &lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;手动设置这个轴的范围。这会关闭自动缩放。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Minimum value to display for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;这个轴显示的最小值。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Maximum value to display for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;这个轴显示的最大值。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Inverts the display of this axis. (+y points downward instead of upward)&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;反转这个轴的显示方向（+y 朝下而不是朝上）。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Invert Axis</source>
        <translation>反转轴</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Enables mouse interaction (panning, scaling) for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;允许用鼠标操作这个轴（平移、缩放）。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Mouse Enabled</source>
        <translation>启用鼠标</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the axis will only auto-scale to data that is visible along the orthogonal axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;勾选后，这个轴只按另一个轴方向上可见的数据自动缩放。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Visible Data Only</source>
        <translation>仅可见数据</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the axis will automatically pan to center on the current data, but the scale along this axis will not change.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;勾选后，这个轴会自动平移，使当前数据居中，但这个轴的比例不变。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Auto Pan Only</source>
        <translation>仅自动平移</translation>
    </message>
    <message>
        <source>Display averages of the curves displayed in this plot. The parameter list allows you to choose parameters to average over (if any are available).</source>
        <translation>显示这幅图中各曲线的平均。参数列表可以选择按哪些参数求平均（如果有的话）。</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Plot only the portion of each curve that is visible. This assumes X values are uniformly spaced.</source>
        <translation>只绘制每条曲线可见的部分。这假定 X 值是等间距的。</translation>
    </message>
    <message>
        <source>Clip to View</source>
        <translation>裁剪到视图</translation>
    </message>
    <message>
        <source>If multiple curves are displayed in this plot, check this box to limit the number of traces that are displayed.</source>
        <translation>这幅图显示多条曲线时，勾选此项可限制显示的曲线条数。</translation>
    </message>
    <message>
        <source>Max Traces:</source>
        <translation>最多曲线数：</translation>
    </message>
    <message>
        <source>Downsample</source>
        <translation>降采样</translation>
    </message>
    <message>
        <source>Downsample by drawing a saw wave that follows the min and max of the original data. This method produces the best visual representation of the data but is slower.</source>
        <translation>画一条沿原始数据最小值和最大值走的锯齿波来降采样。这种方法显示数据的效果最好，但较慢。</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>峰值</translation>
    </message>
    <message>
        <source>If multiple curves are displayed in this plot, check &quot;Max Traces&quot; and set this value to limit the number of traces that are displayed.</source>
        <translation>这幅图显示多条曲线时，勾选“最多曲线数”并设置这个值，可限制显示的曲线条数。</translation>
    </message>
    <message>
        <source>If MaxTraces is checked, remove curves from memory after they are hidden (saves memory, but traces can not be un-hidden).</source>
        <translation>勾选“最多曲线数”时，曲线隐藏后从内存中移除（节省内存，但曲线无法再显示）。</translation>
    </message>
    <message>
        <source>Forget hidden traces</source>
        <translation>丢弃隐藏的曲线</translation>
    </message>
    <message>
        <source>Downsample by taking the mean of N samples.</source>
        <translation>取 N 个样本的平均值来降采样。</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均值</translation>
    </message>
    <message>
        <source>Downsample by taking the first of N samples. This method is fastest and least accurate.</source>
        <translation>取 N 个样本中的第一个来降采样。这种方法最快，也最不精确。</translation>
    </message>
    <message>
        <source>Subsample</source>
        <translation>抽样</translation>
    </message>
    <message>
        <source>Automatically downsample data based on the visible range. This assumes X values are uniformly spaced.</source>
        <translation>按可见范围自动降采样。这假定 X 值是等间距的。</translation>
    </message>
    <message>
        <source>Downsample data before plotting. (plot every Nth sample)</source>
        <translation>绘图前先降采样（每 N 个样本画一个）。</translation>
    </message>
    <message>
        <source>Log X</source>
        <translation>对数 X</translation>
    </message>
    <message>
        <source>dy/dx</source>
        <translation>dy/dx</translation>
    </message>
    <message>
        <source>Y vs. Y&apos;</source>
        <translation>Y 对 Y′</translation>
    </message>
    <message>
        <source>Power Spectrum (FFT)</source>
        <translation>功率谱（FFT）</translation>
    </message>
    <message>
        <source>Log Y</source>
        <translation>对数 Y</translation>
    </message>
    <message>
        <source>Subtract Mean</source>
        <translation>减去平均值</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>数据点</translation>
    </message>
    <message>
        <source>Show X Grid</source>
        <translation>显示 X 网格</translation>
    </message>
    <message>
        <source>Show Y Grid</source>
        <translation>显示 Y 网格</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>透明度</translation>
    </message>
</context>
<context>
    <name>GraphicsScene</name>
    <message>
        <source>Export...</source>
        <translation>导出…</translation>
    </message>
</context>
<context>
    <name>HelpTexts</name>
    <message>
        <source>
&lt;h3&gt;Step by step&lt;/h3&gt;
&lt;p&gt;One output cell at a time, as a textbook works it: the &lt;b&gt;window&lt;/b&gt; (orange frame) on the
padded input (hatched cells are padding), each input value times its weight
(&lt;b&gt;window × kernel&lt;/b&gt;), their sum, + bias, → activation, and the cell filling in on the
&lt;b&gt;feature map&lt;/b&gt;; then the pooling windows pick (max) or average their block.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Input&lt;/b&gt; (top left): a 12×12 crop, a crop around the cell you pinned in the explorer, tiny
digits you can add up in your head, or the whole image shrunk to at most 64 px.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Backward&lt;/b&gt; walks the gradient back: through pooling (max sends it to the winner), the
activation (ReLU lets it through where z &amp;gt; 0), then cell by cell into dW, dX and db.
&lt;b&gt;Check&lt;/b&gt; compares the totals with numerical differences.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Learn a kernel&lt;/b&gt; runs gradient descent until the layer&apos;s output matches a target kernel&apos;s.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;order&lt;/b&gt; (top) slides the kernel across the rows first or down the columns first, as the
course notes do; &lt;b&gt;Export animation…&lt;/b&gt; on the play bar saves the pass as a GIF or MP4 for
slides. The &lt;b&gt;Lessons&lt;/b&gt; menu opens the notes&apos; worked examples here and on the other tabs.&lt;/p&gt;
&lt;p&gt;Keys: &lt;b&gt;Space&lt;/b&gt; play/pause, &lt;b&gt;→ / ←&lt;/b&gt; one step, &lt;b&gt;Home / End&lt;/b&gt; first/last step,
&lt;b&gt;+ / −&lt;/b&gt; faster/slower.&lt;/p&gt;
</source>
        <translation>
&lt;h3&gt;逐步演示&lt;/h3&gt;
&lt;p&gt;一次一个输出单元格，像教科书那样演算：填充后的输入上的&lt;b&gt;窗口&lt;/b&gt;（橙色框；带斜线的单元格是填充），每个输入值乘以它的权重（&lt;b&gt;窗口 × 卷积核&lt;/b&gt;），求和，+ 偏置，→ 激活函数，然后这个单元格在&lt;b&gt;特征图&lt;/b&gt;上填好；接着池化窗口在各自的块中取最大值或平均值。&lt;/p&gt;
&lt;p&gt;&lt;b&gt;输入&lt;/b&gt;（左上）：一块 12×12 的裁剪、在单层探索中固定的单元格周围的一块裁剪、可以心算相加的小数字，或缩小到最多 64 px 的整张图像。&lt;/p&gt;
&lt;p&gt;&lt;b&gt;反向&lt;/b&gt;把梯度往回传：经过池化（最大池化把它送给胜出者）、激活函数（ReLU 在 z &amp;gt; 0 处让它通过），再一个单元格一个单元格地传入 dW、dX 和 db。&lt;b&gt;检验&lt;/b&gt;把总和与数值差分作比较。&lt;/p&gt;
&lt;p&gt;&lt;b&gt;学习卷积核&lt;/b&gt;运行梯度下降，直到这一层的输出与目标卷积核的输出一致。&lt;/p&gt;
&lt;p&gt;&lt;b&gt;顺序&lt;/b&gt;（顶部）让卷积核先沿行横向滑动，或先沿列纵向滑动，和课程讲义一样；播放条上的&lt;b&gt;导出动画…&lt;/b&gt;把整个过程存为 GIF 或 MP4，用于幻灯片。&lt;b&gt;课例&lt;/b&gt;菜单在这里和其他标签页打开讲义中的例题。&lt;/p&gt;
&lt;p&gt;按键：&lt;b&gt;空格&lt;/b&gt; 播放/暂停，&lt;b&gt;→ / ←&lt;/b&gt; 单步，&lt;b&gt;Home / End&lt;/b&gt; 第一步/最后一步，&lt;b&gt;+ / −&lt;/b&gt; 加快/减慢。&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>
&lt;h3&gt;Layer stack&lt;/h3&gt;
&lt;p&gt;A whole network, layer by layer: build it with &lt;b&gt;Add&lt;/b&gt; (or pick an example), and every
layer&apos;s output channels appear as tiles, with the summary table (output shape, parameters,
multiply-adds and receptive field) below, as Keras&apos;s &lt;code&gt;model.summary()&lt;/code&gt; prints it.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Hover a cell of any tile&lt;/b&gt;: the part of the input image that feeds it is outlined; deep
layers see a large part of the picture. The side tabs compare designs, explain transposed
convolution and show dropout.&lt;/p&gt;
&lt;p&gt;The tab opens on &lt;b&gt;LeNet-5 with trained weights&lt;/b&gt;: open File → Samples → &lt;i&gt;digit&lt;/i&gt; and
its first layer shows the strokes it learned to find, and its 10 class scores pick the digit. A
stack you build starts from random weights (He initialisation); the &lt;b&gt;Train&lt;/b&gt; side tab trains
it on 4,000 handwritten digits while you watch the loss, the kernels and the mistakes, and
&lt;b&gt;Draw a digit&lt;/b&gt; lets you write one with the mouse and see what the stack reads.&lt;/p&gt;
</source>
        <translation>
&lt;h3&gt;层堆叠&lt;/h3&gt;
&lt;p&gt;一整个网络，一层一层：用&lt;b&gt;添加&lt;/b&gt;搭建它（或选一个示例），每一层的输出通道都显示为小图，下方是摘要表（输出形状、参数、乘加次数和感受野），就像 Keras 的 &lt;code&gt;model.summary()&lt;/code&gt; 打印的那样。&lt;/p&gt;
&lt;p&gt;&lt;b&gt;把鼠标停在任一小图的单元格上&lt;/b&gt;：为它提供输入的那部分输入图像会被框出；深层能看到图片的一大部分。侧边的标签页比较不同的设计、讲解转置卷积并演示随机失活。&lt;/p&gt;
&lt;p&gt;这个标签页打开时是&lt;b&gt;带训练好权重的 LeNet-5&lt;/b&gt;：打开 文件 → 示例图片 → &lt;i&gt;手写数字&lt;/i&gt;，它的第一层就显示出它学会寻找的笔画，它的 10 个类别得分选出那个数字。你搭建的堆叠从随机权重开始（He 初始化）；侧边的&lt;b&gt;训练&lt;/b&gt;标签页用 4,000 个手写数字训练它，你可以同时观察损失、卷积核和认错的数字；&lt;b&gt;手写数字&lt;/b&gt;让你用鼠标写一个数字，看看堆叠把它认成什么。&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>
&lt;h3&gt;Your model&lt;/h3&gt;
&lt;p&gt;Your own trained network, run on convviz&apos;s engine: open an &lt;b&gt;.onnx&lt;/b&gt; file with File →
&lt;i&gt;Open model…&lt;/i&gt; (Ctrl+Shift+O) or drop it on the window. Until you do, the tab shows the
Layer stack&apos;s trained LeNet-5, exported to ONNX.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Layers&lt;/b&gt; (left): every layer&apos;s operator, output shape, parameters, multiply-adds and
receptive field, as Netron or Keras&apos;s &lt;code&gt;model.summary()&lt;/code&gt; list them, and what to know about
the file (BatchNorm folded into the convolutions, the input size chosen). Click a layer.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;What the model sees&lt;/b&gt;: the current image, or the live camera&apos;s frame, scaled and
centre-cropped to the model&apos;s input and normalised (ImageNet mean/std for a colour model, [0, 1]
for a gray one, or your own; B, G, R for Caffe-era models).&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Feature maps&lt;/b&gt;: the chosen layer&apos;s output, one tile per channel. &lt;b&gt;Click a cell&lt;/b&gt;: the
input pixels it depends on, exactly, through every path of the graph, are lit and outlined on the
picture. Double-click a tile to open it large. &lt;b&gt;Filters&lt;/b&gt;: a convolution&apos;s weights, in colour
for the first layer over R, G, B (mid-gray is 0).&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Class scores&lt;/b&gt;: the five most likely classes, probabilities by softmax; Labels… names the
classes from a text file (one per line) when the file has none. &lt;b&gt;Saliency&lt;/b&gt; lights the pixels
that change a class&apos;s score most; &lt;b&gt;Grad-CAM&lt;/b&gt; the parts of a convolution layer&apos;s maps the
score leans on (the last one by default).&lt;/p&gt;
</source>
        <translation>
&lt;h3&gt;你的模型&lt;/h3&gt;
&lt;p&gt;你自己训练的网络，在 convviz 的引擎上运行：用 文件 → &lt;i&gt;打开模型…&lt;/i&gt;（Ctrl+Shift+O）打开一个 &lt;b&gt;.onnx&lt;/b&gt; 文件，或把它拖放到窗口上。在此之前，这个标签页显示层堆叠里训练好的 LeNet-5，已导出为 ONNX。&lt;/p&gt;
&lt;p&gt;&lt;b&gt;层&lt;/b&gt;（左侧）：每一层的算子、输出形状、参数、乘加次数和感受野，就像 Netron 或 Keras 的 &lt;code&gt;model.summary()&lt;/code&gt;列出的那样，以及关于这个文件需要知道的事（BatchNorm 已折叠进卷积、所选的输入尺寸）。单击一层。&lt;/p&gt;
&lt;p&gt;&lt;b&gt;模型看到的&lt;/b&gt;：当前图像或实时摄像头的画面，缩放并居中裁剪到模型的输入尺寸，再归一化（彩色模型用 ImageNet 的均值/标准差，灰度模型用 [0, 1]，或你自己的设置；Caffe 时代的模型用 B, G, R 顺序）。&lt;/p&gt;
&lt;p&gt;&lt;b&gt;特征图&lt;/b&gt;：所选层的输出，每个通道一张小图。&lt;b&gt;单击一个单元格&lt;/b&gt;：它所依赖的输入像素——精确地、经过图中的每一条路径——会在图片上被点亮并框出。双击小图可放大打开。&lt;b&gt;滤波器&lt;/b&gt;：卷积的权重，第一层按 R, G, B 以彩色显示（中灰为 0）。&lt;/p&gt;
&lt;p&gt;&lt;b&gt;类别得分&lt;/b&gt;：最可能的五个类别，概率由 softmax 算出；文件中没有类别名时，标签… 从一个文本文件（每行一个）读取类别名。&lt;b&gt;显著图&lt;/b&gt;点亮最能改变某个类别得分的像素；&lt;b&gt;Grad-CAM&lt;/b&gt; 点亮得分所依赖的卷积层特征图区域（默认是最后一个卷积层）。&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>
&lt;h3&gt;Colours&lt;/h3&gt;
&lt;p&gt;&lt;b&gt;Signed maps&lt;/b&gt; (an edge detector&apos;s output): &lt;span style=&apos;color:#c03030&apos;&gt;red is positive&lt;/span&gt;,
&lt;span style=&apos;color:#3050c0&apos;&gt;blue is negative&lt;/span&gt;, white is 0; the colour bar beside the maps
gives the scale. &lt;b&gt;Maps that cannot be negative&lt;/b&gt; (a blur, a map after ReLU) are drawn in
gray, like a photo: black is 0.&lt;/p&gt;
&lt;p&gt;The scale ends at the 99.5th percentile away from the padding border, so a few extreme cells do
not wash out the rest (View → &lt;i&gt;Ignore the brightest 0.5 %&lt;/i&gt;); &lt;b&gt;contrast ×&lt;/b&gt; in the status
bar multiplies it. View → Colour map chooses other maps.&lt;/p&gt;
&lt;p&gt;Live camera: File → Live camera… feeds frames through the same layer; the pinned cell&apos;s
numbers follow the frames.&lt;/p&gt;
</source>
        <translation>
&lt;h3&gt;颜色&lt;/h3&gt;
&lt;p&gt;&lt;b&gt;有正负的特征图&lt;/b&gt;（边缘检测器的输出）：&lt;span style=&apos;color:#c03030&apos;&gt;红色为正&lt;/span&gt;，&lt;span style=&apos;color:#3050c0&apos;&gt;蓝色为负&lt;/span&gt;，白色为 0；特征图旁边的颜色条给出刻度。&lt;b&gt;不会为负的特征图&lt;/b&gt;（模糊、ReLU 之后的特征图）用灰度绘制，像照片一样：黑色为 0。&lt;/p&gt;
&lt;p&gt;刻度止于填充边界以外区域的第 99.5 百分位数，这样少数极端的单元格不会让其余部分褪色（视图 → &lt;i&gt;颜色刻度忽略最亮的 0.5 %&lt;/i&gt;）；状态栏中的 &lt;b&gt;对比度 ×&lt;/b&gt; 把它放大。视图 → 色彩映射 可选择其他映射。&lt;/p&gt;
&lt;p&gt;实时摄像头：文件 → 实时摄像头… 把画面送入同一层；固定单元格的数字随画面变化。&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>Move the pin</source>
        <translation>移动固定点</translation>
    </message>
    <message>
        <source>On a map: one cell.</source>
        <translation>在特征图上：一个单元格。</translation>
    </message>
    <message>
        <source>Undo / redo</source>
        <translation>撤销 / 重做</translation>
    </message>
    <message>
        <source>Kernel edits.</source>
        <translation>卷积核的编辑。</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>convviz help</source>
        <translation>convviz 帮助</translation>
    </message>
    <message>
        <source>convviz help — {0}</source>
        <translation>convviz 帮助 — {0}</translation>
    </message>
    <message>
        <source>shortcuts</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>Hints</name>
    <message>
        <source>Hover the image or a map; click a map cell to pin it, arrow keys move the pin.</source>
        <translation>把鼠标停在图像或特征图上；单击特征图的单元格来固定它，方向键移动它。</translation>
    </message>
    <message>
        <source>Space plays, ← → step, Home/End jump; the Backward tab walks the gradients.</source>
        <translation>空格键播放，← → 单步，Home/End 跳转；“反向”页走过梯度。</translation>
    </message>
    <message>
        <source>Hover a cell of any tile to see the part of the input that feeds it.</source>
        <translation>把鼠标停在任一小图的单元格上，查看为它提供输入的那部分。</translation>
    </message>
    <message>
        <source>Open your .onnx model (Ctrl+Shift+O, or drop it here); click a layer, then a cell of its maps.</source>
        <translation>打开你的 .onnx 模型（Ctrl+Shift+O，或拖放到这里）；单击一层，再单击它特征图中的单元格。</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <source>Open this worked example: it sets the layer, the input and the tab, and explains the numbers.</source>
        <translation>打开这个例题：它设置好这一层、输入和标签页，并解释其中的数字。</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课例</translation>
    </message>
    <message>
        <source>Change anything now: the lesson is only where you start.</source>
        <translation>现在可以随意修改：课例只是你的起点。</translation>
    </message>
    <message>
        <source>Ctrl+Z in the kernel editor brings your own kernels back.</source>
        <translation>在卷积核编辑器中按 Ctrl+Z 可恢复你自己的卷积核。</translation>
    </message>
    <message>
        <source>Lesson: {0}</source>
        <translation>课例：{0}</translation>
    </message>
    <message>
        <source>a lesson&apos;s input</source>
        <translation>课例的输入</translation>
    </message>
</context>
<context>
    <name>LookPrefs</name>
    <message>
        <source>contrast ×</source>
        <translation>对比度 ×</translation>
    </message>
    <message>
        <source>Contrast of the feature maps&apos; colours: the colour scale is divided by this factor.</source>
        <translation>特征图颜色的对比度：颜色刻度除以这个系数。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>convviz — see a convolution layer at work</source>
        <translation>convviz — 看卷积层如何工作</translation>
    </message>
    <message>
        <source>Hover the image or a map.</source>
        <translation>把鼠标停在图像或特征图上。</translation>
    </message>
    <message>
        <source>computing</source>
        <translation>计算中</translation>
    </message>
    <message>
        <source>live camera ({0})</source>
        <translation>实时摄像头（{0}）</translation>
    </message>
    <message>
        <source>{0} × {1}×{2} from {3}×{4}</source>
        <translation>{0} × {1}×{2}，由 {3}×{4} 得到</translation>
    </message>
    <message>
        <source>pooled to {0}×{1} from {2}×{3}</source>
        <translation>池化为 {0}×{1}，由 {2}×{3} 得到</translation>
    </message>
    <message>
        <source>{0} {1} (row {2}, col {3}) = {4}</source>
        <translation>{0} {1}（第 {2} 行，第 {3} 列）= {4}</translation>
    </message>
    <message>
        <source>pinned {0} {1} (row {2}, col {3}) = {4}</source>
        <translation>固定的{0} {1}（第 {2} 行，第 {3} 列）= {4}</translation>
    </message>
    <message>
        <source>Kept. Now change a setting: the kept maps stay on the right.</source>
        <translation>已保留。现在改变一项设置：保留的特征图留在右侧。</translation>
    </message>
    <message>
        <source>Pin a cell first: click it on a feature map.</source>
        <translation>请先固定一个单元格：在特征图上单击它。</translation>
    </message>
    <message>
        <source>About convviz</source>
        <translation>关于 convviz</translation>
    </message>
    <message>
        <source>convviz {0}
See how a convolution layer transforms an image.
PySide6 + pyqtgraph + numpy + scipy.</source>
        <translation>convviz {0}
看卷积层如何变换一幅图像。
PySide6 + pyqtgraph + numpy + scipy。</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言 Language(&amp;N)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>The interface&apos;s language, from the next start of convviz.</source>
        <translation>界面的语言，下次启动 convviz 时生效。</translation>
    </message>
    <message>
        <source>The language changes at the next start of convviz (quit and start it again).</source>
        <translation>语言将在下次启动 convviz 时更改（退出后再启动）。</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>课例(&amp;L)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Sa&amp;mples</source>
        <translation>示例图片(&amp;M)</translation>
    </message>
    <message>
        <source>Live camera toolbar</source>
        <translation>实时摄像头工具栏</translation>
    </message>
    <message>
        <source>Show or hide the live camera&apos;s controls.</source>
        <translation>显示或隐藏实时摄像头的控件。</translation>
    </message>
    <message>
        <source>Reset &amp;layout</source>
        <translation>重置布局(&amp;L)</translation>
    </message>
    <message>
        <source>Show every panel where a first start puts it.</source>
        <translation>把每个面板放回首次启动时的位置。</translation>
    </message>
    <message>
        <source>&amp;Colour map</source>
        <translation>色彩映射(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <source>Show or hide the {0} panel.</source>
        <translation>显示或隐藏“{0}”面板。</translation>
    </message>
</context>
<context>
    <name>PlotItem</name>
    <message>
        <source>Transforms</source>
        <translation>变换</translation>
    </message>
    <message>
        <source>Downsample</source>
        <translation>降采样</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>透明度</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>数据点</translation>
    </message>
    <message>
        <source>Plot Options</source>
        <translation>绘图选项</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Large (×1.5)</source>
        <translation>大 (×1.5)</translation>
    </message>
    <message>
        <source>Extra large (×2)</source>
        <translation>特大 (×2)</translation>
    </message>
</context>
<context>
    <name>Samples</name>
    <message>
        <source>checkerboard</source>
        <translation>棋盘格</translation>
    </message>
    <message>
        <source>circles</source>
        <translation>圆环</translation>
    </message>
    <message>
        <source>digit</source>
        <translation>手写数字</translation>
    </message>
    <message>
        <source>gradient</source>
        <translation>渐变</translation>
    </message>
    <message>
        <source>impulse</source>
        <translation>脉冲</translation>
    </message>
    <message>
        <source>stripes</source>
        <translation>条纹</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字</translation>
    </message>
</context>
<context>
    <name>SignalDialog</name>
    <message>
        <source>Convolution in 1-D</source>
        <translation>一维卷积</translation>
    </message>
    <message>
        <source>Flip, slide, sum</source>
        <translation>翻转、滑动、求和</translation>
    </message>
    <message>
        <source>Over a sentence (NLP)</source>
        <translation>在句子上 (NLP)</translation>
    </message>
    <message>
        <source>The signal x: 1 to {0} numbers, separated by commas or spaces; Enter recomputes.</source>
        <translation>信号 x：1 到 {0} 个数，用逗号或空格分隔；按 Enter 重新计算。</translation>
    </message>
    <message>
        <source>The kernel h: 1 to {0} numbers, separated by commas or spaces; Enter recomputes.</source>
        <translation>卷积核 h：1 到 {0} 个数，用逗号或空格分隔；按 Enter 重新计算。</translation>
    </message>
    <message>
        <source>this slide</source>
        <translation>这次滑动</translation>
    </message>
    <message>
        <source>flip the kernel (convolution)</source>
        <translation>翻转卷积核（卷积）</translation>
    </message>
    <message>
        <source>Off: slide h as it is, which is cross-correlation (what CNN layers compute)</source>
        <translation>关闭：按原样滑动 h，这就是互相关（CNN 的层计算的就是它）</translation>
    </message>
    <message>
        <source>signal x and the kernel laid over it</source>
        <translation>信号 x 和覆盖在上面的卷积核</translation>
    </message>
    <message>
        <source>products</source>
        <translation>乘积</translation>
    </message>
    <message>
        <source>output y (y[n] under the kernel&apos;s last tap)</source>
        <translation>输出 y（y[n] 位于卷积核最后一个抽头之下）</translation>
    </message>
    <message>
        <source>Which output: slide the kernel along</source>
        <translation>哪一个输出：让卷积核滑动</translation>
    </message>
    <message>
        <source>The slide&apos;s outputs beside what numpy computes</source>
        <translation>滑动得到的输出，旁边是 numpy 算出的结果</translation>
    </message>
    <message>
        <source>signal x:</source>
        <translation>信号 x：</translation>
    </message>
    <message>
        <source>kernel h:</source>
        <translation>卷积核 h：</translation>
    </message>
    <message>
        <source>output n = {0} of 0…{1}</source>
        <translation>输出 n = {0}（共 0…{1}）</translation>
    </message>
    <message>
        <source>y[{0}] = 0: the kernel does not touch the signal here</source>
        <translation>y[{0}] = 0：卷积核在这里没有碰到信号</translation>
    </message>
    <message>
        <source>Which filter slides over the sentence</source>
        <translation>哪个滤波器在句子上滑动</translation>
    </message>
    <message>
        <source>filter {0}</source>
        <translation>滤波器 {0}</translation>
    </message>
    <message>
        <source>the sentence: {0} numbers per word</source>
        <translation>句子：每个词 {0} 个数</translation>
    </message>
    <message>
        <source>the filter ({0}×{1})</source>
        <translation>滤波器（{0}×{1}）</translation>
    </message>
    <message>
        <source>the filter&apos;s output at each trigram</source>
        <translation>滤波器在每个三元组上的输出</translation>
    </message>
    <message>
        <source>Which trigram the filter reads</source>
        <translation>滤波器读取哪一个三元组</translation>
    </message>
    <message>
        <source>filter:</source>
        <translation>滤波器：</translation>
    </message>
    <message>
        <source>Max over time: filter {0} keeps &apos;{1}&apos; ({2}), one number whatever the sentence&apos;s length. Its {3} weights are the same at every position, as a 2-D kernel&apos;s are at every pixel.</source>
        <translation>时间维度上的最大池化：滤波器 {0} 保留“{1}”（{2}），无论句子多长都只有一个数。它的 {3} 个权重在每个位置都相同，就像二维卷积核的权重在每个像素上都相同。</translation>
    </message>
    <message>
        <source>Filter {0} on &apos;{1}&apos; (words {2}…{3}): the sum of its {4}·{5} = {6} products = {7}.</source>
        <translation>滤波器 {0} 作用在“{1}”上（第 {2}…{3} 个词）：它的 {4}·{5} = {6} 个乘积之和 = {7}。</translation>
    </message>
</context>
<context>
    <name>Tabs</name>
    <message>
        <source>Layer explorer</source>
        <translation>单层探索</translation>
    </message>
    <message>
        <source>Step by step</source>
        <translation>逐步演示</translation>
    </message>
    <message>
        <source>Layer stack</source>
        <translation>层堆叠</translation>
    </message>
    <message>
        <source>Your model</source>
        <translation>你的模型</translation>
    </message>
</context>
<context>
    <name>ViewBox</name>
    <message>
        <source>ViewBox options</source>
        <translation>视图选项</translation>
    </message>
    <message>
        <source>View All</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <source>axis</source>
        <translation>轴</translation>
    </message>
    <message>
        <source>Mouse Mode</source>
        <translation>鼠标模式</translation>
    </message>
    <message>
        <source>3 button</source>
        <translation>三键</translation>
    </message>
    <message>
        <source>1 button</source>
        <translation>单键</translation>
    </message>
</context>
<context>
    <name>ViewMenu</name>
    <message>
        <source>Ignore the brightest 0.5 % for the colour &amp;scale</source>
        <translation>颜色刻度忽略最亮的 0.5 %(&amp;S)</translation>
    </message>
    <message>
        <source>On: the colour scale ends at the 99.5th percentile of the maps, away from the padding border, so a few extreme cells do not wash out the rest. Off: it ends at the largest value.</source>
        <translation>开：颜色刻度止于特征图（填充边界以外）的第 99.5 百分位数，这样少数极端的单元格不会让其余部分褪色。关：止于最大值。</translation>
    </message>
    <message>
        <source>S&amp;quare-root colour scale for signed maps</source>
        <translation>有正负的特征图用平方根颜色刻度(&amp;Q)</translation>
    </message>
    <message>
        <source>On: a signed map&apos;s colour follows sign(v)·√|v|, so faint edges show instead of white (the bar&apos;s ends and 0 keep their values). Off: colour proportional to the value.</source>
        <translation>开：有正负的特征图的颜色按 sign(v)·√|v| 变化，微弱的边缘因此显现而不是一片白色（颜色条的两端和 0 保持原值）。关：颜色与数值成正比。</translation>
    </message>
    <message>
        <source>One colour scale &amp;per map</source>
        <translation>每张特征图一个颜色刻度(&amp;P)</translation>
    </message>
    <message>
        <source>On: each filter&apos;s map gets its own scale (a blur beside Sobel is not washed out); its range is in its title. Off: one scale for the whole bank, so the maps compare.</source>
        <translation>开：每个滤波器的特征图有自己的刻度（Sobel 旁边的模糊不会褪色），范围写在它的标题里。关：整组滤波器共用一个刻度，特征图之间可以比较。</translation>
    </message>
    <message>
        <source>Remembered: it applies when convviz starts next time.</source>
        <translation>已记住：下次启动 convviz 时生效。</translation>
    </message>
    <message>
        <source>&amp;Presentation size</source>
        <translation>演示尺寸(&amp;P)</translation>
    </message>
    <message>
        <source>Text, lines, markers and icons this much larger, for a projector (from the next start).</source>
        <translation>文字、线条、标记和图标放大这么多倍，用于投影仪（下次启动时生效）。</translation>
    </message>
    <message>
        <source>&amp;Light theme for slides</source>
        <translation>幻灯片用浅色主题(&amp;L)</translation>
    </message>
    <message>
        <source>White backgrounds behind the pictures, for slides and screenshots (from the next start).</source>
        <translation>图片后面用白色背景，用于幻灯片和截图（下次启动时生效）。</translation>
    </message>
</context>
</TS>
