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
</TS>
