<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CameraSources</name>
    <message>
        <source>Not a valid source: {spec}</source>
        <translation>不是有效的来源：{spec}</translation>
    </message>
    <message>
        <source>Camera index must be 0 or more, got {index}.</source>
        <translation>摄像头编号必须为 0 或更大，得到的是 {index}。</translation>
    </message>
    <message>
        <source>No camera at index {index}: camera indices run from 0 to {limit}.</source>
        <translation>编号 {index} 没有摄像头：摄像头编号的范围是 0 到 {limit}。</translation>
    </message>
    <message>
        <source>No source given: choose a camera, a video file or the synthetic source.</source>
        <translation>没有给出来源：请选择摄像头、视频文件或合成画面。</translation>
    </message>
    <message>
        <source>No camera at index {index}: it may be missing or in use by another program.</source>
        <translation>编号 {index} 没有摄像头：它可能不存在，或正被其他程序占用。</translation>
    </message>
    <message>
        <source>Could not open the stream {url}: check the address and that the server answers within {seconds} s.</source>
        <translation>无法打开视频流 {url}：请检查地址，并确认服务器在 {seconds} s 内应答。</translation>
    </message>
    <message>
        <source>stream {url}</source>
        <translation>视频流 {url}</translation>
    </message>
    <message>
        <source>Video file not found: {path}</source>
        <translation>找不到视频文件：{path}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a video file.</source>
        <translation>{path} 是文件夹，不是视频文件。</translation>
    </message>
    <message>
        <source>video file {name}</source>
        <translation>视频文件 {name}</translation>
    </message>
    <message>
        <source>Could not open {path}: the format or codec is not supported, or the file is damaged.</source>
        <translation>无法打开 {path}：不支持它的格式或编解码器，或者文件已损坏。</translation>
    </message>
    <message>
        <source>Could not read any frames from {path}: the file may be empty or damaged.</source>
        <translation>无法从 {path} 读取任何帧：文件可能是空的或已损坏。</translation>
    </message>
    <message>
        <source>Could not open {source}: OpenCV reported an error ({error}).</source>
        <translation>无法打开 {source}：OpenCV 报告了错误（{error}）。</translation>
    </message>
    <message>
        <source>the synthetic source</source>
        <translation>合成画面</translation>
    </message>
    <message>
        <source>the stream {url}</source>
        <translation>视频流 {url}</translation>
    </message>
    <message>
        <source>camera {index}</source>
        <translation>摄像头 {index}</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
</context>
<context>
    <name>Datasets</name>
    <message>
        <source>{name} is damaged (its checksum does not match); reinstall convviz</source>
        <translation>{name} 已损坏（校验和不符）；请重新安装 convviz</translation>
    </message>
    <message>
        <source>MNIST, 5,000 digits</source>
        <translation>MNIST，5000 个手写数字</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is not a folder</source>
        <translation>“{path}”不是文件夹</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; needs at least two sub-folders, one per class; it has {count}</source>
        <translation>“{name}”至少需要两个子文件夹，每个类别一个；它只有 {count} 个</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has {count} classes; at most {limit} are read</source>
        <translation>“{name}”有 {count} 个类别；最多读取 {limit} 个</translation>
    </message>
    <message>
        <source>class &apos;{name}&apos; has no images</source>
        <translation>类别“{name}”中没有图像</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has more than {limit} images; at most that many are read</source>
        <translation>“{name}”的图像多于 {limit} 张；最多读取这么多张</translation>
    </message>
</context>
<context>
    <name>FrameGrabber</name>
    <message>
        <source>frame source</source>
        <translation>画面来源</translation>
    </message>
    <message>
        <source>{source} reached its end and could not be rewound.</source>
        <translation>{source} 已播放到结尾，且无法倒回开头。</translation>
    </message>
    <message>
        <source>{source} could not be read after rewinding to the start.</source>
        <translation>{source} 倒回开头后无法读取。</translation>
    </message>
    <message>
        <source>{source} stopped delivering frames: it may have been disconnected or taken by another program.</source>
        <translation>{source} 不再送出画面：它可能已断开连接，或被其他程序占用。</translation>
    </message>
    <message>
        <source>{source} failed: {error}</source>
        <translation>{source} 出错：{error}</translation>
    </message>
</context>
<context>
    <name>Images</name>
    <message>
        <source>Cannot open &apos;{path}&apos;: the file does not exist.</source>
        <translation>无法打开“{path}”：文件不存在。</translation>
    </message>
    <message>
        <source>Cannot open &apos;{name}&apos;: it is a folder, not an image file.</source>
        <translation>无法打开“{name}”：它是文件夹，不是图像文件。</translation>
    </message>
    <message>
        <source>Cannot open &apos;{name}&apos;: the file is empty.</source>
        <translation>无法打开“{name}”：文件是空的。</translation>
    </message>
    <message>
        <source>Cannot open &apos;{name}&apos;: it is not an image convviz reads ({formats}).</source>
        <translation>无法打开“{name}”：它不是 convviz 能读取的图像（{formats}）。</translation>
    </message>
    <message>
        <source>Cannot open &apos;{name}&apos;: permission denied.</source>
        <translation>无法打开“{name}”：权限不足。</translation>
    </message>
    <message>
        <source>Cannot open &apos;{name}&apos;: the file is truncated or corrupt ({reason}).</source>
        <translation>无法打开“{name}”：文件不完整或已损坏（{reason}）。</translation>
    </message>
    <message>
        <source>Downscaled from {width0}×{height0} to {width}×{height} for speed.</source>
        <translation>为了速度，已从 {width0}×{height0} 缩小到 {width}×{height}。</translation>
    </message>
    <message>
        <source>Cannot open &apos;{name}&apos;: it has too many pixels to load safely; convviz opens pictures of up to {limit} megapixels. Make a smaller copy first.</source>
        <translation>无法打开“{name}”：它的像素太多，无法安全载入；convviz 最多打开 {limit} 百万像素的图片。请先另存一份较小的副本。</translation>
    </message>
    <message>
        <source>Cannot open &apos;{name}&apos;: it has too many pixels ({width}×{height}) to load safely; convviz opens pictures of up to {limit} megapixels. Make a smaller copy first.</source>
        <translation>无法打开“{name}”：它的像素太多（{width}×{height}），无法安全载入；convviz 最多打开 {limit} 百万像素的图片。请先另存一份较小的副本。</translation>
    </message>
</context>
<context>
    <name>JsonFiles</name>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not valid JSON: {reason}.</source>
        <translation>“{name}”不是有效的 JSON：{reason}。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; nests lists or objects too deeply to be a convviz {what}.</source>
        <translation>“{name}”中列表或对象的嵌套太深，不可能是 convviz 的{what}。</translation>
    </message>
    <message>
        <source>Cannot read &apos;{name}&apos;: the file does not exist.</source>
        <translation>无法读取“{name}”：文件不存在。</translation>
    </message>
    <message>
        <source>Cannot read &apos;{name}&apos;: it is a folder, not a {what}.</source>
        <translation>无法读取“{name}”：它是文件夹，不是{what}。</translation>
    </message>
    <message>
        <source>Cannot read &apos;{name}&apos;: it is not a regular file (a device or a pipe).</source>
        <translation>无法读取“{name}”：它不是普通文件（而是设备或管道）。</translation>
    </message>
    <message>
        <source>Cannot read &apos;{name}&apos;: it is {size} bytes, and a convviz {what} is at most {limit}.</source>
        <translation>无法读取“{name}”：它有 {size} 字节，而 convviz 的{what}最多 {limit}。</translation>
    </message>
    <message>
        <source>Cannot read &apos;{name}&apos;: permission denied.</source>
        <translation>无法读取“{name}”：权限不足。</translation>
    </message>
    <message>
        <source>Cannot read &apos;{name}&apos;: it is larger than {limit}.</source>
        <translation>无法读取“{name}”：它大于 {limit}。</translation>
    </message>
    <message>
        <source>Cannot read &apos;{name}&apos;: the file is empty.</source>
        <translation>无法读取“{name}”：文件是空的。</translation>
    </message>
    <message>
        <source>Cannot read &apos;{name}&apos;: it is not UTF-8 text ({reason} at byte {byte}).</source>
        <translation>无法读取“{name}”：它不是 UTF-8 文本（第 {byte} 字节处：{reason}）。</translation>
    </message>
    <message>
        <source>Cannot read &apos;{name}&apos;: {reason}.</source>
        <translation>无法读取“{name}”：{reason}。</translation>
    </message>
    <message>
        <source>{name} is not a number JSON allows</source>
        <translation>{name} 不是 JSON 允许的数值</translation>
    </message>
</context>
<context>
    <name>KernelFiles</name>
    <message>
        <source>kernel file</source>
        <translation>卷积核文件</translation>
    </message>
    <message>
        <source>&apos;{name}&apos;: {reason}</source>
        <translation>“{name}”：{reason}</translation>
    </message>
</context>
<context>
    <name>LabelFiles</name>
    <message>
        <source>Cannot read &apos;{name}&apos;: {reason}.</source>
        <translation>无法读取“{name}”：{reason}。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a labels file (a text file of at most {limit} MiB).</source>
        <translation>“{name}”不是类别名称文件（最多 {limit} MiB 的文本文件）。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not UTF-8 text.</source>
        <translation>“{name}”不是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; holds {count} labels; one per line, 1 to {limit}.</source>
        <translation>“{name}”含有 {count} 个类别名称；应为每行一个，共 1 到 {limit} 个。</translation>
    </message>
</context>
<context>
    <name>OnnxExport</name>
    <message>
        <source>layers[{index}] ({layer}) cannot be written as ONNX: no operator maps it</source>
        <translation>layers[{index}]（{layer}）无法写成 ONNX：没有对应它的算子</translation>
    </message>
    <message>
        <source>layers[{index}] ({layer}) does not build, so nothing to save: {error}</source>
        <translation>layers[{index}]（{layer}）无法构建，因此没有可保存的内容：{error}</translation>
    </message>
    <message>
        <source>input_shape (C, H, W) is needed: a Sequential does not record the size it runs on</source>
        <translation>需要 input_shape (C, H, W)：Sequential 不记录它运行时的输入尺寸</translation>
    </message>
    <message>
        <source>input_shape must be (C, H, W), three positive ints, got {shape}</source>
        <translation>input_shape 必须是 (C, H, W)，即三个正整数，得到的是 {shape}</translation>
    </message>
    <message>
        <source>padding_mode {mode} has no ONNX Pad mode at opset {opset}</source>
        <translation>padding_mode {mode} 在 opset {opset} 中没有对应的 ONNX Pad 模式</translation>
    </message>
    <message>
        <source>reflect padding {pads} must be smaller than the input {shape}</source>
        <translation>reflect 填充 {pads} 必须小于输入 {shape}</translation>
    </message>
</context>
<context>
    <name>OnnxFiles</name>
    <message>
        <source>&apos;{name}&apos; has {count} inputs; convviz runs models with one image input</source>
        <translation>“{name}”有 {count} 个输入；convviz 只运行有一个图像输入的模型</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; declares no output</source>
        <translation>“{name}”没有声明输出</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has {count} nodes; convviz opens at most {limit}</source>
        <translation>“{name}”有 {count} 个节点；convviz 最多打开 {limit} 个</translation>
    </message>
    <message>
        <source>node {node} uses operator {op} from domain {domain}, which convviz does not read</source>
        <translation>节点 {node} 使用了域 {domain} 中的算子 {op}，convviz 不读取该域</translation>
    </message>
    <message>
        <source>node {node} ({op}): its extra outputs ({outputs}) are not supported</source>
        <translation>节点 {node}（{op}）：不支持它的额外输出（{outputs}）</translation>
    </message>
    <message>
        <source>node {node}: {reason}</source>
        <translation>节点 {node}：{reason}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos;: {reason}</source>
        <translation>“{name}”：{reason}</translation>
    </message>
    <message>
        <source>Cannot read &apos;{name}&apos;: {reason}.</source>
        <translation>无法读取“{name}”：{reason}。</translation>
    </message>
    <message>
        <source>Cannot read &apos;{name}&apos;: it is not a regular file.</source>
        <translation>无法读取“{name}”：它不是普通文件。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {size} bytes; convviz opens models of at most {limit}.</source>
        <translation>“{name}”有 {size} 字节；convviz 最多打开 {limit} 的模型。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not an ONNX model ({error}).</source>
        <translation>“{name}”不是 ONNX 模型（{error}）。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not an ONNX model (it holds no graph).</source>
        <translation>“{name}”不是 ONNX 模型（其中没有计算图）。</translation>
    </message>
    <message>
        <source>tensor {tensor}: external data {location} must be a file beside the model</source>
        <translation>张量 {tensor}：外部数据 {location} 必须是模型旁边的文件</translation>
    </message>
    <message>
        <source>tensor {tensor}: its weights file {location} is missing</source>
        <translation>张量 {tensor}：找不到它的权重文件 {location}</translation>
    </message>
    <message>
        <source>tensor {tensor}: external data {location} must be a regular file beside the model</source>
        <translation>张量 {tensor}：外部数据 {location} 必须是模型旁边的普通文件</translation>
    </message>
    <message>
        <source>tensor {tensor}: bad offset or length for {location}</source>
        <translation>张量 {tensor}：{location} 的偏移量或长度无效</translation>
    </message>
    <message>
        <source>tensor {tensor}: bytes {start}–{end} are beyond the end of {location}</source>
        <translation>张量 {tensor}：第 {start}–{end} 字节超出了 {location} 的末尾</translation>
    </message>
    <message>
        <source>the model&apos;s weights are larger than {limit}</source>
        <translation>模型的权重大于 {limit}</translation>
    </message>
    <message>
        <source>tensor {tensor} has a negative size in {dims}</source>
        <translation>张量 {tensor} 的形状 {dims} 中有负数尺寸</translation>
    </message>
    <message>
        <source>tensor {tensor} of shape {dims} is too large</source>
        <translation>形状为 {dims} 的张量 {tensor} 太大</translation>
    </message>
    <message>
        <source>tensor {tensor} cannot be read: {reason}</source>
        <translation>无法读取张量 {tensor}：{reason}</translation>
    </message>
    <message>
        <source>tensor {tensor} holds {count} values for its shape {dims}</source>
        <translation>张量 {tensor} 的形状是 {dims}，却含有 {count} 个值</translation>
    </message>
    <message>
        <source>attribute {name} holds a sub-graph (control flow), which convviz does not run</source>
        <translation>属性 {name} 含有子图（控制流），convviz 不运行子图</translation>
    </message>
    <message>
        <source>Constant node {name} has no value convviz can read</source>
        <translation>Constant 节点 {name} 没有 convviz 能读取的值</translation>
    </message>
    <message>
        <source>the input {name} is not a float tensor</source>
        <translation>输入 {name} 不是浮点张量</translation>
    </message>
    <message>
        <source>the input {name} has {count} axes; convviz runs NCHW image models (4 axes)</source>
        <translation>输入 {name} 有 {count} 个轴；convviz 运行 NCHW 图像模型（4 个轴）</translation>
    </message>
    <message>
        <source>the input {name} does not fix its number of channels</source>
        <translation>输入 {name} 没有固定通道数</translation>
    </message>
    <message>
        <source>the model&apos;s input height is fixed at {fixed}, not {asked}</source>
        <translation>模型输入的高度固定为 {fixed}，不是 {asked}</translation>
    </message>
    <message>
        <source>the model&apos;s input width is fixed at {fixed}, not {asked}</source>
        <translation>模型输入的宽度固定为 {fixed}，不是 {asked}</translation>
    </message>
    <message>
        <source>{height}×{width}: convviz runs a model at sides of 1 to {limit} pixels</source>
        <translation>{height}×{width}：convviz 运行模型时边长须为 1 到 {limit} 像素</translation>
    </message>
    <message>
        <source>the model&apos;s input is fixed at {height}×{width}, not {asked_height}×{asked_width}</source>
        <translation>模型的输入固定为 {height}×{width}，不是 {asked_height}×{asked_width}</translation>
    </message>
    <message>
        <source>BatchNorm folded into every convolution by the exporter.</source>
        <translation>导出器已把 BatchNorm 折叠进每个卷积。</translation>
    </message>
    <message>
        <source>BatchNorm folded into {folded} of {total} convolutions by the exporter.</source>
        <translation>导出器已把 BatchNorm 折叠进 {total} 个卷积中的 {folded} 个。</translation>
    </message>
    <message>
        <source>The file leaves the input size open; it runs at {height}×{width}.</source>
        <translation>文件没有固定输入尺寸；按 {height}×{width} 运行。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot run on a {shape} input: {reason}</source>
        <translation>“{name}”无法在形状为 {shape} 的输入上运行：{reason}</translation>
    </message>
</context>
<context>
    <name>OnnxOps</name>
    <message>
        <source>{key} {values} must have {count} values (2-D images only)</source>
        <translation>{key} {values} 必须有 {count} 个值（只支持二维图像）</translation>
    </message>
    <message>
        <source>{key} {values} is beyond {limit}</source>
        <translation>{key} {values} 超出了 {limit}</translation>
    </message>
    <message>
        <source>kernel_shape is required</source>
        <translation>缺少必需的 kernel_shape</translation>
    </message>
    <message>
        <source>needs an input and weights</source>
        <translation>需要一个输入和权重</translation>
    </message>
    <message>
        <source>storage_order 1 (column-major indices) is not supported</source>
        <translation>不支持 storage_order 1（按列优先的索引）</translation>
    </message>
    <message>
        <source>training_mode 1 is not supported (convviz runs BatchNormalization as at inference)</source>
        <translation>不支持 training_mode 1（convviz 按推理时的方式运行 BatchNormalization）</translation>
    </message>
    <message>
        <source>needs 5 inputs (X, scale, B, mean, var)</source>
        <translation>需要 5 个输入（X、scale、B、mean、var）</translation>
    </message>
    <message>
        <source>mode {mode} is not one of {modes}</source>
        <translation>模式 {mode} 不是 {modes} 之一</translation>
    </message>
    <message>
        <source>cast to ONNX type {type} is not supported</source>
        <translation>不支持转换为 ONNX 类型 {type}</translation>
    </message>
    <message>
        <source>&apos;value&apos; must hold one number, not {count}</source>
        <translation>“value”必须只含一个数，而不是 {count} 个</translation>
    </message>
    <message>
        <source>the attribute {key} is required</source>
        <translation>缺少必需的属性 {key}</translation>
    </message>
    <message>
        <source>operator {op} is not supported (convviz reads {supported})</source>
        <translation>不支持算子 {op}（convviz 能读取 {supported}）</translation>
    </message>
    <message>
        <source>{op}: a bad attribute ({reason})</source>
        <translation>{op}：属性无效（{reason}）</translation>
    </message>
</context>
<context>
    <name>Samples</name>
    <message>
        <source>unknown pattern {name}; choose from {names}</source>
        <translation>未知的图案 {name}；请从 {names} 中选择</translation>
    </message>
    <message>
        <source>height and width must be &gt;= 1, got {height}×{width}</source>
        <translation>高度和宽度必须 &gt;= 1，得到的是 {height}×{width}</translation>
    </message>
</context>
<context>
    <name>SessionFiles</name>
    <message>
        <source>session</source>
        <translation>会话文件</translation>
    </message>
    <message>
        <source>Session &apos;{name}&apos;: {reason}</source>
        <translation>会话“{name}”：{reason}</translation>
    </message>
    <message>
        <source>this is not a convviz session file (no &quot;format&quot;: &quot;convviz-session&quot;).</source>
        <translation>这不是 convviz 的会话文件（没有 &quot;format&quot;: &quot;convviz-session&quot;）。</translation>
    </message>
    <message>
        <source>version {version} is not one this convviz reads ({supported}).</source>
        <translation>版本 {version} 不是这个 convviz 能读取的版本（{supported}）。</translation>
    </message>
    <message>
        <source>unknown part {part}.</source>
        <translation>未知的部分 {part}。</translation>
    </message>
    <message>
        <source>&apos;{part}&apos; must be an object.</source>
        <translation>“{part}”必须是对象。</translation>
    </message>
    <message>
        <source>bad layer setting: {reason}.</source>
        <translation>层设置无效：{reason}。</translation>
    </message>
    <message>
        <source>unknown input field {field}.</source>
        <translation>未知的输入字段 {field}。</translation>
    </message>
    <message>
        <source>input color_mode must be &quot;gray&quot; or &quot;rgb&quot;, got {value}.</source>
        <translation>输入的 color_mode 必须是 &quot;gray&quot; 或 &quot;rgb&quot;，得到的是 {value}。</translation>
    </message>
    <message>
        <source>its kernels are malformed: {reason}</source>
        <translation>其中的卷积核格式有误：{reason}</translation>
    </message>
    <message>
        <source>extras.{key} must be a short text, got {value}.</source>
        <translation>extras.{key} 必须是一段短文本，得到的是 {value}。</translation>
    </message>
    <message>
        <source>input {key} must be a text (a file path or a name), got {value}.</source>
        <translation>输入的 {key} 必须是文本（文件路径或名称），得到的是 {value}。</translation>
    </message>
</context>
<context>
    <name>SourceOpener</name>
    <message>
        <source>Could not open {source}: {error}</source>
        <translation>无法打开 {source}：{error}</translation>
    </message>
</context>
<context>
    <name>StackFiles</name>
    <message>
        <source>&quot;input&quot; must be an object like {{&quot;channels&quot;: 1, &quot;size&quot;: [28, 28]}}, got {value}</source>
        <translation>&quot;input&quot; 必须是形如 {{&quot;channels&quot;: 1, &quot;size&quot;: [28, 28]}} 的对象，得到的是 {value}</translation>
    </message>
    <message>
        <source>input channels must be 1 or 3, got {value}</source>
        <translation>输入通道数必须是 1 或 3，得到的是 {value}</translation>
    </message>
    <message>
        <source>input size must be null or [height, width] in 1..{limit}, got {value}</source>
        <translation>输入尺寸必须是 null 或 [height, width]（取值 1..{limit}），得到的是 {value}</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be text, got {value}</source>
        <translation>&quot;{key}&quot; 必须是文本，得到的是 {value}</translation>
    </message>
    <message>
        <source>&quot;layers&quot; must be a list</source>
        <translation>&quot;layers&quot; 必须是列表</translation>
    </message>
    <message>
        <source>it has {count} layers; a stack holds at most {limit}</source>
        <translation>它有 {count} 层；一个层堆叠最多 {limit} 层</translation>
    </message>
    <message>
        <source>layer {index}: must be an object with a &quot;kind&quot;</source>
        <translation>第 {index} 层：必须是带有 &quot;kind&quot; 的对象</translation>
    </message>
    <message>
        <source>layer {index}: {reason}</source>
        <translation>第 {index} 层：{reason}</translation>
    </message>
    <message>
        <source>training must be true or false</source>
        <translation>training 必须是 true 或 false</translation>
    </message>
    <message>
        <source>layer {index} ({kind}): {reason}</source>
        <translation>第 {index} 层（{kind}）：{reason}</translation>
    </message>
    <message>
        <source>not a convviz stack (expected &quot;format&quot;: &quot;{format}&quot;)</source>
        <translation>不是 convviz 的层堆叠（应有 &quot;format&quot;: &quot;{format}&quot;）</translation>
    </message>
    <message>
        <source>unsupported version {version} (this reads {supported})</source>
        <translation>不支持的版本 {version}（这个版本读取 {supported}）</translation>
    </message>
    <message>
        <source>stack file</source>
        <translation>层堆叠文件</translation>
    </message>
    <message>
        <source>cannot read weights &apos;{name}&apos;: {reason}</source>
        <translation>无法读取权重“{name}”：{reason}</translation>
    </message>
</context>
<context>
    <name>StackWeights</name>
    <message>
        <source>&apos;{name}&apos; is not an .npz archive (the zip of .npy arrays numpy.savez writes)</source>
        <translation>“{name}”不是 .npz 压缩包（numpy.savez 写出的、由 .npy 数组组成的 zip）</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} 和 {second}</translation>
    </message>
    <message>
        <source>weights &apos;{name}&apos; hold very many arrays; a stack has at most {limit} (a weight and a bias per layer)</source>
        <translation>权重“{name}”含有非常多的数组；一个层堆叠最多 {limit} 个（每层一个权重和一个偏置）</translation>
    </message>
    <message>
        <source>weights &apos;{name}&apos; hold {count} arrays; a stack has at most {limit} (a weight and a bias per layer)</source>
        <translation>权重“{name}”含有 {count} 个数组；一个层堆叠最多 {limit} 个（每层一个权重和一个偏置）</translation>
    </message>
    <message>
        <source>weights &apos;{name}&apos;: unexpected array {key} (expected names like layer1.weight and layer1.bias)</source>
        <translation>权重“{name}”：意外的数组 {key}（应为 layer1.weight、layer1.bias 这样的名称）</translation>
    </message>
    <message>
        <source>weights &apos;{name}&apos;: &apos;{member}&apos; names no layer (the stack has {count})</source>
        <translation>权重“{name}”：“{member}”不对应任何层（层堆叠有 {count} 层）</translation>
    </message>
    <message>
        <source>weights &apos;{name}&apos;: &apos;{member}&apos; is encrypted or compressed in a way numpy.savez never writes</source>
        <translation>权重“{name}”：“{member}”经过加密，或以 numpy.savez 从不使用的方式压缩</translation>
    </message>
    <message>
        <source>cannot read weights &apos;{name}&apos;: &apos;{member}&apos; is damaged ({reason})</source>
        <translation>无法读取权重“{name}”：“{member}”已损坏（{reason}）</translation>
    </message>
    <message>
        <source>weights &apos;{name}&apos;: &apos;{member}&apos; is not a .npy array numpy can describe</source>
        <translation>权重“{name}”：“{member}”不是 numpy 能描述的 .npy 数组</translation>
    </message>
    <message>
        <source>weights &apos;{name}&apos;: &apos;{member}&apos; holds Python objects (pickled data), which convviz never loads; save plain float arrays</source>
        <translation>权重“{name}”：“{member}”含有 Python 对象（pickle 数据），convviz 从不载入这类数据；请保存普通的浮点数组</translation>
    </message>
    <message>
        <source>weights &apos;{name}&apos;: &apos;{member}&apos; must hold finite floats, not {dtype}</source>
        <translation>权重“{name}”：“{member}”必须是有限浮点数，而不是 {dtype}</translation>
    </message>
    <message>
        <source>weights &apos;{name}&apos;: &apos;{member}&apos; claims {count} values of {dtype}, but the archive holds {size} bytes for it</source>
        <translation>权重“{name}”：“{member}”声称有 {count} 个 {dtype} 值，但压缩包中它只有 {size} 字节</translation>
    </message>
    <message>
        <source>weights &apos;{name}&apos; do not fit layer {layer} ({kind})</source>
        <translation>权重“{name}”与第 {layer} 层（{kind}）不符</translation>
    </message>
    <message>
        <source>{where}: it cannot be built ({error})</source>
        <translation>{where}：这一层无法构建（{error}）</translation>
    </message>
    <message>
        <source>{where}: it has no weights</source>
        <translation>{where}：这一层没有权重</translation>
    </message>
    <message>
        <source>{where}: it has no {key}</source>
        <translation>{where}：这一层没有 {key}</translation>
    </message>
    <message>
        <source>{where}: &apos;{member}&apos; is {shape}, the layer needs {need}</source>
        <translation>{where}：“{member}”的形状是 {shape}，这一层需要 {need}</translation>
    </message>
    <message>
        <source>{where}: it needs {need}, the file has only {have}</source>
        <translation>{where}：这一层需要 {need}，文件中只有 {have}</translation>
    </message>
    <message>
        <source>cannot read weights &apos;{name}&apos;: &apos;{member}&apos; is cut short</source>
        <translation>无法读取权重“{name}”：“{member}”不完整</translation>
    </message>
    <message>
        <source>weights &apos;{name}&apos;: &apos;{member}&apos; must hold finite floats</source>
        <translation>权重“{name}”：“{member}”必须是有限浮点数</translation>
    </message>
    <message>
        <source>cannot read weights &apos;{name}&apos;: it is not a regular file</source>
        <translation>无法读取权重“{name}”：它不是普通文件</translation>
    </message>
    <message>
        <source>weights &apos;{name}&apos; are {size} bytes; a weights file may hold at most {limit}</source>
        <translation>权重“{name}”有 {size} 字节；权重文件最多 {limit}</translation>
    </message>
    <message>
        <source>cannot read weights &apos;{name}&apos;: {reason}</source>
        <translation>无法读取权重“{name}”：{reason}</translation>
    </message>
    <message>
        <source>weights &apos;{name}&apos; hold {member} twice</source>
        <translation>权重“{name}”中 {member} 出现了两次</translation>
    </message>
    <message>
        <source>weights &apos;{name}&apos; would unpack to {size}; a weights file may unpack to at most {limit}</source>
        <translation>权重“{name}”解压后会有 {size}；权重文件解压后最多 {limit}</translation>
    </message>
</context>
<context>
    <name>SyntheticSource</name>
    <message>
        <source>synthetic frames must be at least 16x16, got {width}x{height}</source>
        <translation>合成画面至少要 16x16，得到的是 {width}x{height}</translation>
    </message>
    <message>
        <source>synthetic source</source>
        <translation>合成画面</translation>
    </message>
</context>
<context>
    <name>VideoRecorder</name>
    <message>
        <source>frame is {width}x{height} but the video is {video_width}x{video_height}</source>
        <translation>画面是 {width}x{height}，但视频是 {video_width}x{video_height}</translation>
    </message>
    <message>
        <source>Cannot record to {name}: use one of {suffixes}.</source>
        <translation>无法录制到 {name}：请使用 {suffixes} 之一。</translation>
    </message>
    <message>
        <source>Cannot record to {path}: the folder {folder} does not exist.</source>
        <translation>无法录制到 {path}：文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <source>Could not start recording to {path} with the {codec} codec: check that the folder is writable and the disk is not full.</source>
        <translation>无法用 {codec} 编解码器开始录制到 {path}：请检查文件夹是否可写、磁盘是否已满。</translation>
    </message>
    <message>
        <source>Recording to {name} is already closed.</source>
        <translation>到 {name} 的录制已经关闭。</translation>
    </message>
    <message>
        <source>Cannot save {name}: unsupported image type {suffix}.</source>
        <translation>无法保存 {name}：不支持的图像类型 {suffix}。</translation>
    </message>
    <message>
        <source>(no extension)</source>
        <translation>（没有扩展名）</translation>
    </message>
    <message>
        <source>Could not encode {name} as {suffix} image.</source>
        <translation>无法把 {name} 编码为 {suffix} 图像。</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation>无法保存 {path}：{reason}</translation>
    </message>
</context>
</TS>
