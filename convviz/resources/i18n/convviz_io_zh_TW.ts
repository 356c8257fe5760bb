<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>CameraSources</name>
    <message>
        <source>Not a valid source: {spec}</source>
        <translation>不是有效的來源：{spec}</translation>
    </message>
    <message>
        <source>Camera index must be 0 or more, got {index}.</source>
        <translation>攝影機編號必須為 0 或以上，收到的是 {index}。</translation>
    </message>
    <message>
        <source>No camera at index {index}: camera indices run from 0 to {limit}.</source>
        <translation>編號 {index} 沒有攝影機：攝影機編號的範圍是 0 到 {limit}。</translation>
    </message>
    <message>
        <source>No source given: choose a camera, a video file or the synthetic source.</source>
        <translation>沒有指定來源：請選擇攝影機、影片檔案或合成畫面。</translation>
    </message>
    <message>
        <source>No camera at index {index}: it may be missing or in use by another program.</source>
        <translation>編號 {index} 沒有攝影機：它可能不存在，或正被其他程式使用。</translation>
    </message>
    <message>
        <source>Could not open the stream {url}: check the address and that the server answers within {seconds} s.</source>
        <translation>無法開啟串流 {url}：請檢查網址，並確認伺服器在 {seconds} s 內回應。</translation>
    </message>
    <message>
        <source>stream {url}</source>
        <translation>串流 {url}</translation>
    </message>
    <message>
        <source>Video file not found: {path}</source>
        <translation>找不到影片檔案：{path}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a video file.</source>
        <translation>{path} 是資料夾，不是影片檔案。</translation>
    </message>
    <message>
        <source>video file {name}</source>
        <translation>影片檔案 {name}</translation>
    </message>
    <message>
        <source>Could not open {path}: the format or codec is not supported, or the file is damaged.</source>
        <translation>無法開啟 {path}：不支援它的格式或編解碼器，或檔案已損毀。</translation>
    </message>
    <message>
        <source>Could not read any frames from {path}: the file may be empty or damaged.</source>
        <translation>無法從 {path} 讀取任何幀：檔案可能是空的或已損毀。</translation>
    </message>
    <message>
        <source>Could not open {source}: OpenCV reported an error ({error}).</source>
        <translation>無法開啟 {source}：OpenCV 回報了錯誤（{error}）。</translation>
    </message>
    <message>
        <source>the synthetic source</source>
        <translation>合成畫面</translation>
    </message>
    <message>
        <source>the stream {url}</source>
        <translation>串流 {url}</translation>
    </message>
    <message>
        <source>camera {index}</source>
        <translation>攝影機 {index}</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知的錯誤</translation>
    </message>
</context>
<context>
    <name>Datasets</name>
    <message>
        <source>{name} is damaged (its checksum does not match); reinstall convviz</source>
        <translation>{name} 已損毀（檢查碼不符）；請重新安裝 convviz</translation>
    </message>
    <message>
        <source>MNIST, 5,000 digits</source>
        <translation>MNIST，5000 個手寫數字</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is not a folder</source>
        <translation>「{path}」不是資料夾</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; needs at least two sub-folders, one per class; it has {count}</source>
        <translation>「{name}」至少需要兩個子資料夾，每個類別一個；它只有 {count} 個</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has {count} classes; at most {limit} are read</source>
        <translation>「{name}」有 {count} 個類別；最多讀取 {limit} 個</translation>
    </message>
    <message>
        <source>class &apos;{name}&apos; has no images</source>
        <translation>類別「{name}」中沒有影像</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has more than {limit} images; at most that many are read</source>
        <translation>「{name}」的影像多於 {limit} 張；最多讀取這麼多張</translation>
    </message>
</context>
<context>
    <name>FrameGrabber</name>
    <message>
        <source>frame source</source>
        <translation>畫面來源</translation>
    </message>
    <message>
        <source>{source} reached its end and could not be rewound.</source>
        <translation>{source} 已播放到結尾，且無法倒回開頭。</translation>
    </message>
    <message>
        <source>{source} could not be read after rewinding to the start.</source>
        <translation>{source} 倒回開頭後無法讀取。</translation>
    </message>
    <message>
        <source>{source} stopped delivering frames: it may have been disconnected or taken by another program.</source>
        <translation>{source} 不再送出畫面：它可能已中斷連線，或被其他程式佔用。</translation>
    </message>
    <message>
        <source>{source} failed: {error}</source>
        <translation>{source} 發生錯誤：{error}</translation>
    </message>
</context>
<context>
    <name>Images</name>
    <message>
        <source>Cannot open &apos;{path}&apos;: the file does not exist.</source>
        <translation>無法開啟「{path}」：檔案不存在。</translation>
    </message>
    <message>
        <source>Cannot open &apos;{name}&apos;: it is a folder, not an image file.</source>
        <translation>無法開啟「{name}」：它是資料夾，不是影像檔案。</translation>
    </message>
    <message>
        <source>Cannot open &apos;{name}&apos;: the file is empty.</source>
        <translation>無法開啟「{name}」：檔案是空的。</translation>
    </message>
    <message>
        <source>Cannot open &apos;{name}&apos;: it is not an image convviz reads ({formats}).</source>
        <translation>無法開啟「{name}」：它不是 convviz 能讀取的影像（{formats}）。</translation>
    </message>
    <message>
        <source>Cannot open &apos;{name}&apos;: permission denied.</source>
        <translation>無法開啟「{name}」：權限不足。</translation>
    </message>
    <message>
        <source>Cannot open &apos;{name}&apos;: the file is truncated or corrupt ({reason}).</source>
        <translation>無法開啟「{name}」：檔案不完整或已損毀（{reason}）。</translation>
    </message>
    <message>
        <source>Downscaled from {width0}×{height0} to {width}×{height} for speed.</source>
        <translation>為了速度，已從 {width0}×{height0} 縮小到 {width}×{height}。</translation>
    </message>
    <message>
        <source>Cannot open &apos;{name}&apos;: it has too many pixels to load safely; convviz opens pictures of up to {limit} megapixels. Make a smaller copy first.</source>
        <translation>無法開啟「{name}」：它的像素太多，無法安全載入；convviz 最多開啟 {limit} 百萬像素的圖片。請先另存一份較小的副本。</translation>
    </message>
    <message>
        <source>Cannot open &apos;{name}&apos;: it has too many pixels ({width}×{height}) to load safely; convviz opens pictures of up to {limit} megapixels. Make a smaller copy first.</source>
        <translation>無法開啟「{name}」：它的像素太多（{width}×{height}），無法安全載入；convviz 最多開啟 {limit} 百萬像素的圖片。請先另存一份較小的副本。</translation>
    </message>
</context>
<context>
    <name>JsonFiles</name>
    <message>
        <source>file</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not valid JSON: {reason}.</source>
        <translation>「{name}」不是有效的 JSON：{reason}。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; nests lists or objects too deeply to be a convviz {what}.</source>
        <translation>「{name}」中清單或物件的巢狀層次太深，不可能是 convviz 的{what}。</translation>
    </message>
    <message>
        <source>Cannot read &apos;{name}&apos;: the file does not exist.</source>
        <translation>無法讀取「{name}」：檔案不存在。</translation>
    </message>
    <message>
        <source>Cannot read &apos;{name}&apos;: it is a folder, not a {what}.</source>
        <translation>無法讀取「{name}」：它是資料夾，不是{what}。</translation>
    </message>
    <message>
        <source>Cannot read &apos;{name}&apos;: it is not a regular file (a device or a pipe).</source>
        <translation>無法讀取「{name}」：它不是一般檔案（而是裝置或管線）。</translation>
    </message>
    <message>
        <source>Cannot read &apos;{name}&apos;: it is {size} bytes, and a convviz {what} is at most {limit}.</source>
        <translation>無法讀取「{name}」：它有 {size} 位元組，而 convviz 的{what}最多 {limit}。</translation>
    </message>
    <message>
        <source>Cannot read &apos;{name}&apos;: permission denied.</source>
        <translation>無法讀取「{name}」：權限不足。</translation>
    </message>
    <message>
        <source>Cannot read &apos;{name}&apos;: it is larger than {limit}.</source>
        <translation>無法讀取「{name}」：它大於 {limit}。</translation>
    </message>
    <message>
        <source>Cannot read &apos;{name}&apos;: the file is empty.</source>
        <translation>無法讀取「{name}」：檔案是空的。</translation>
    </message>
    <message>
        <source>Cannot read &apos;{name}&apos;: it is not UTF-8 text ({reason} at byte {byte}).</source>
        <translation>無法讀取「{name}」：它不是 UTF-8 文字（第 {byte} 位元組處：{reason}）。</translation>
    </message>
    <message>
        <source>Cannot read &apos;{name}&apos;: {reason}.</source>
        <translation>無法讀取「{name}」：{reason}。</translation>
    </message>
    <message>
        <source>{name} is not a number JSON allows</source>
        <translation>{name} 不是 JSON 允許的數值</translation>
    </message>
</context>
<context>
    <name>KernelFiles</name>
    <message>
        <source>kernel file</source>
        <translation>卷積核檔案</translation>
    </message>
    <message>
        <source>&apos;{name}&apos;: {reason}</source>
        <translation>「{name}」：{reason}</translation>
    </message>
</context>
<context>
    <name>LabelFiles</name>
    <message>
        <source>Cannot read &apos;{name}&apos;: {reason}.</source>
        <translation>無法讀取「{name}」：{reason}。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a labels file (a text file of at most {limit} MiB).</source>
        <translation>「{name}」不是類別名稱檔案（最多 {limit} MiB 的文字檔）。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not UTF-8 text.</source>
        <translation>「{name}」不是 UTF-8 文字。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; holds {count} labels; one per line, 1 to {limit}.</source>
        <translation>「{name}」含有 {count} 個類別名稱；應為每行一個，共 1 到 {limit} 個。</translation>
    </message>
</context>
<context>
    <name>OnnxExport</name>
    <message>
        <source>layers[{index}] ({layer}) cannot be written as ONNX: no operator maps it</source>
        <translation>layers[{index}]（{layer}）無法寫成 ONNX：沒有對應它的運算子</translation>
    </message>
    <message>
        <source>layers[{index}] ({layer}) does not build, so nothing to save: {error}</source>
        <translation>layers[{index}]（{layer}）無法建構，因此沒有可儲存的內容：{error}</translation>
    </message>
    <message>
        <source>input_shape (C, H, W) is needed: a Sequential does not record the size it runs on</source>
        <translation>需要 input_shape (C, H, W)：Sequential 不會記錄它執行時的輸入尺寸</translation>
    </message>
    <message>
        <source>input_shape must be (C, H, W), three positive ints, got {shape}</source>
        <translation>input_shape 必須是 (C, H, W)，即三個正整數，收到的是 {shape}</translation>
    </message>
    <message>
        <source>padding_mode {mode} has no ONNX Pad mode at opset {opset}</source>
        <translation>padding_mode {mode} 在 opset {opset} 中沒有對應的 ONNX Pad 模式</translation>
    </message>
    <message>
        <source>reflect padding {pads} must be smaller than the input {shape}</source>
        <translation>reflect 填充 {pads} 必須小於輸入 {shape}</translation>
    </message>
</context>
<context>
    <name>OnnxFiles</name>
    <message>
        <source>&apos;{name}&apos; has {count} inputs; convviz runs models with one image input</source>
        <translation>「{name}」有 {count} 個輸入；convviz 只執行有一個影像輸入的模型</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; declares no output</source>
        <translation>「{name}」沒有宣告輸出</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has {count} nodes; convviz opens at most {limit}</source>
        <translation>「{name}」有 {count} 個節點；convviz 最多開啟 {limit} 個</translation>
    </message>
    <message>
        <source>node {node} uses operator {op} from domain {domain}, which convviz does not read</source>
        <translation>節點 {node} 使用了域 {domain} 中的運算子 {op}，convviz 不讀取這個域</translation>
    </message>
    <message>
        <source>node {node} ({op}): its extra outputs ({outputs}) are not supported</source>
        <translation>節點 {node}（{op}）：不支援它的額外輸出（{outputs}）</translation>
    </message>
    <message>
        <source>node {node}: {reason}</source>
        <translation>節點 {node}：{reason}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos;: {reason}</source>
        <translation>「{name}」：{reason}</translation>
    </message>
    <message>
        <source>Cannot read &apos;{name}&apos;: {reason}.</source>
        <translation>無法讀取「{name}」：{reason}。</translation>
    </message>
    <message>
        <source>Cannot read &apos;{name}&apos;: it is not a regular file.</source>
        <translation>無法讀取「{name}」：它不是一般檔案。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {size} bytes; convviz opens models of at most {limit}.</source>
        <translation>「{name}」有 {size} 位元組；convviz 最多開啟 {limit} 的模型。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not an ONNX model ({error}).</source>
        <translation>「{name}」不是 ONNX 模型（{error}）。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not an ONNX model (it holds no graph).</source>
        <translation>「{name}」不是 ONNX 模型（其中沒有計算圖）。</translation>
    </message>
    <message>
        <source>tensor {tensor}: external data {location} must be a file beside the model</source>
        <translation>張量 {tensor}：外部資料 {location} 必須是模型旁邊的檔案</translation>
    </message>
    <message>
        <source>tensor {tensor}: its weights file {location} is missing</source>
        <translation>張量 {tensor}：找不到它的權重檔案 {location}</translation>
    </message>
    <message>
        <source>tensor {tensor}: external data {location} must be a regular file beside the model</source>
        <translation>張量 {tensor}：外部資料 {location} 必須是模型旁邊的一般檔案</translation>
    </message>
    <message>
        <source>tensor {tensor}: bad offset or length for {location}</source>
        <translation>張量 {tensor}：{location} 的位移或長度無效</translation>
    </message>
    <message>
        <source>tensor {tensor}: bytes {start}–{end} are beyond the end of {location}</source>
        <translation>張量 {tensor}：第 {start}–{end} 位元組超出了 {location} 的結尾</translation>
    </message>
    <message>
        <source>the model&apos;s weights are larger than {limit}</source>
        <translation>模型的權重大於 {limit}</translation>
    </message>
    <message>
        <source>tensor {tensor} has a negative size in {dims}</source>
        <translation>張量 {tensor} 的形狀 {dims} 中有負數尺寸</translation>
    </message>
    <message>
        <source>tensor {tensor} of shape {dims} is too large</source>
        <translation>形狀為 {dims} 的張量 {tensor} 太大</translation>
    </message>
    <message>
        <source>tensor {tensor} cannot be read: {reason}</source>
        <translation>無法讀取張量 {tensor}：{reason}</translation>
    </message>
    <message>
        <source>tensor {tensor} holds {count} values for its shape {dims}</source>
        <translation>張量 {tensor} 的形狀是 {dims}，卻含有 {count} 個值</translation>
    </message>
    <message>
        <source>attribute {name} holds a sub-graph (control flow), which convviz does not run</source>
        <translation>屬性 {name} 含有子圖（控制流程），convviz 不執行子圖</translation>
    </message>
    <message>
        <source>Constant node {name} has no value convviz can read</source>
        <translation>Constant 節點 {name} 沒有 convviz 能讀取的值</translation>
    </message>
    <message>
        <source>the input {name} is not a float tensor</source>
        <translation>輸入 {name} 不是浮點張量</translation>
    </message>
    <message>
        <source>the input {name} has {count} axes; convviz runs NCHW image models (4 axes)</source>
        <translation>輸入 {name} 有 {count} 個軸；convviz 執行 NCHW 影像模型（4 個軸）</translation>
    </message>
    <message>
        <source>the input {name} does not fix its number of channels</source>
        <translation>輸入 {name} 沒有固定通道數</translation>
    </message>
    <message>
        <source>the model&apos;s input height is fixed at {fixed}, not {asked}</source>
        <translation>模型輸入的高度固定為 {fixed}，不是 {asked}</translation>
    </message>
    <message>
        <source>the model&apos;s input width is fixed at {fixed}, not {asked}</source>
        <translation>模型輸入的寬度固定為 {fixed}，不是 {asked}</translation>
    </message>
    <message>
        <source>{height}×{width}: convviz runs a model at sides of 1 to {limit} pixels</source>
        <translation>{height}×{width}：convviz 執行模型時邊長須為 1 到 {limit} 像素</translation>
    </message>
    <message>
        <source>the model&apos;s input is fixed at {height}×{width}, not {asked_height}×{asked_width}</source>
        <translation>模型的輸入固定為 {height}×{width}，不是 {asked_height}×{asked_width}</translation>
    </message>
    <message>
        <source>BatchNorm folded into every convolution by the exporter.</source>
        <translation>匯出器已把 BatchNorm 折疊進每個卷積。</translation>
    </message>
    <message>
        <source>BatchNorm folded into {folded} of {total} convolutions by the exporter.</source>
        <translation>匯出器已把 BatchNorm 折疊進 {total} 個卷積中的 {folded} 個。</translation>
    </message>
    <message>
        <source>The file leaves the input size open; it runs at {height}×{width}.</source>
        <translation>檔案沒有固定輸入尺寸；以 {height}×{width} 執行。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot run on a {shape} input: {reason}</source>
        <translation>「{name}」無法在形狀為 {shape} 的輸入上執行：{reason}</translation>
    </message>
</context>
<context>
    <name>OnnxOps</name>
    <message>
        <source>{key} {values} must have {count} values (2-D images only)</source>
        <translation>{key} {values} 必須有 {count} 個值（只支援二維影像）</translation>
    </message>
    <message>
        <source>{key} {values} is beyond {limit}</source>
        <translation>{key} {values} 超出了 {limit}</translation>
    </message>
    <message>
        <source>kernel_shape is required</source>
        <translation>缺少必要的 kernel_shape</translation>
    </message>
    <message>
        <source>needs an input and weights</source>
        <translation>需要一個輸入和權重</translation>
    </message>
    <message>
        <source>storage_order 1 (column-major indices) is not supported</source>
        <translation>不支援 storage_order 1（以欄為主的索引）</translation>
    </message>
    <message>
        <source>training_mode 1 is not supported (convviz runs BatchNormalization as at inference)</source>
        <translation>不支援 training_mode 1（convviz 以推論時的方式執行 BatchNormalization）</translation>
    </message>
    <message>
        <source>needs 5 inputs (X, scale, B, mean, var)</source>
        <translation>需要 5 個輸入（X、scale、B、mean、var）</translation>
    </message>
    <message>
        <source>mode {mode} is not one of {modes}</source>
        <translation>模式 {mode} 不是 {modes} 之一</translation>
    </message>
    <message>
        <source>cast to ONNX type {type} is not supported</source>
        <translation>不支援轉換為 ONNX 型別 {type}</translation>
    </message>
    <message>
        <source>&apos;value&apos; must hold one number, not {count}</source>
        <translation>「value」必須只含一個數，而不是 {count} 個</translation>
    </message>
    <message>
        <source>the attribute {key} is required</source>
        <translation>缺少必要的屬性 {key}</translation>
    </message>
    <message>
        <source>operator {op} is not supported (convviz reads {supported})</source>
        <translation>不支援運算子 {op}（convviz 能讀取 {supported}）</translation>
    </message>
    <message>
        <source>{op}: a bad attribute ({reason})</source>
        <translation>{op}：屬性無效（{reason}）</translation>
    </message>
</context>
<context>
    <name>Samples</name>
    <message>
        <source>unknown pattern {name}; choose from {names}</source>
        <translation>未知的圖案 {name}；請從 {names} 中選擇</translation>
    </message>
    <message>
        <source>height and width must be &gt;= 1, got {height}×{width}</source>
        <translation>高度和寬度必須 &gt;= 1，收到的是 {height}×{width}</translation>
    </message>
</context>
<context>
    <name>SessionFiles</name>
    <message>
        <source>session</source>
        <translation>工作階段檔案</translation>
    </message>
    <message>
        <source>Session &apos;{name}&apos;: {reason}</source>
        <translation>工作階段「{name}」：{reason}</translation>
    </message>
    <message>
        <source>this is not a convviz session file (no &quot;format&quot;: &quot;convviz-session&quot;).</source>
        <translation>這不是 convviz 的工作階段檔案（沒有 &quot;format&quot;: &quot;convviz-session&quot;）。</translation>
    </message>
    <message>
        <source>version {version} is not one this convviz reads ({supported}).</source>
        <translation>版本 {version} 不是這個 convviz 能讀取的版本（{supported}）。</translation>
    </message>
    <message>
        <source>unknown part {part}.</source>
        <translation>未知的部分 {part}。</translation>
    </message>
    <message>
        <source>&apos;{part}&apos; must be an object.</source>
        <translation>「{part}」必須是物件。</translation>
    </message>
    <message>
        <source>bad layer setting: {reason}.</source>
        <translation>層設定無效：{reason}。</translation>
    </message>
    <message>
        <source>unknown input field {field}.</source>
        <translation>未知的輸入欄位 {field}。</translation>
    </message>
    <message>
        <source>input color_mode must be &quot;gray&quot; or &quot;rgb&quot;, got {value}.</source>
        <translation>輸入的 color_mode 必須是 &quot;gray&quot; 或 &quot;rgb&quot;，收到的是 {value}。</translation>
    </message>
    <message>
        <source>its kernels are malformed: {reason}</source>
        <translation>其中的卷積核格式有誤：{reason}</translation>
    </message>
    <message>
        <source>extras.{key} must be a short text, got {value}.</source>
        <translation>extras.{key} 必須是一段短文字，收到的是 {value}。</translation>
    </message>
    <message>
        <source>input {key} must be a text (a file path or a name), got {value}.</source>
        <translation>輸入的 {key} 必須是文字（檔案路徑或名稱），收到的是 {value}。</translation>
    </message>
</context>
<context>
    <name>SourceOpener</name>
    <message>
        <source>Could not open {source}: {error}</source>
        <translation>無法開啟 {source}：{error}</translation>
    </message>
</context>
<context>
    <name>StackFiles</name>
    <message>
        <source>&quot;input&quot; must be an object like {{&quot;channels&quot;: 1, &quot;size&quot;: [28, 28]}}, got {value}</source>
        <translation>&quot;input&quot; 必須是像 {{&quot;channels&quot;: 1, &quot;size&quot;: [28, 28]}} 這樣的物件，收到的是 {value}</translation>
    </message>
    <message>
        <source>input channels must be 1 or 3, got {value}</source>
        <translation>輸入通道數必須是 1 或 3，收到的是 {value}</translation>
    </message>
    <message>
        <source>input size must be null or [height, width] in 1..{limit}, got {value}</source>
        <translation>輸入尺寸必須是 null 或 [height, width]（取值 1..{limit}），收到的是 {value}</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be text, got {value}</source>
        <translation>&quot;{key}&quot; 必須是文字，收到的是 {value}</translation>
    </message>
    <message>
        <source>&quot;layers&quot; must be a list</source>
        <translation>&quot;layers&quot; 必須是清單</translation>
    </message>
    <message>
        <source>it has {count} layers; a stack holds at most {limit}</source>
        <translation>它有 {count} 層；一個層堆疊最多 {limit} 層</translation>
    </message>
    <message>
        <source>layer {index}: must be an object with a &quot;kind&quot;</source>
        <translation>第 {index} 層：必須是帶有 &quot;kind&quot; 的物件</translation>
    </message>
    <message>
        <source>layer {index}: {reason}</source>
        <translation>第 {index} 層：{reason}</translation>
    </message>
    <message>
        <source>training must be true or false</source>
        <translation>training 必須是 true 或 false</translation>
    </message>
    <message>
        <source>layer {index} ({kind}): {reason}</source>
        <translation>第 {index} 層（{kind}）：{reason}</translation>
    </message>
    <message>
        <source>not a convviz stack (expected &quot;format&quot;: &quot;{format}&quot;)</source>
        <translation>不是 convviz 的層堆疊（應有 &quot;format&quot;: &quot;{format}&quot;）</translation>
    </message>
    <message>
        <source>unsupported version {version} (this reads {supported})</source>
        <translation>不支援的版本 {version}（這個版本讀取 {supported}）</translation>
    </message>
    <message>
        <source>stack file</source>
        <translation>層堆疊檔案</translation>
    </message>
    <message>
        <source>cannot read weights &apos;{name}&apos;: {reason}</source>
        <translation>無法讀取權重「{name}」：{reason}</translation>
    </message>
</context>
<context>
    <name>StackWeights</name>
    <message>
        <source>&apos;{name}&apos; is not an .npz archive (the zip of .npy arrays numpy.savez writes)</source>
        <translation>「{name}」不是 .npz 壓縮檔（numpy.savez 寫出的、由 .npy 陣列組成的 zip）</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} 和 {second}</translation>
    </message>
    <message>
        <source>weights &apos;{name}&apos; hold very many arrays; a stack has at most {limit} (a weight and a bias per layer)</source>
        <translation>權重「{name}」含有非常多的陣列；一個層堆疊最多 {limit} 個（每層一個權重和一個偏置）</translation>
    </message>
    <message>
        <source>weights &apos;{name}&apos; hold {count} arrays; a stack has at most {limit} (a weight and a bias per layer)</source>
        <translation>權重「{name}」含有 {count} 個陣列；一個層堆疊最多 {limit} 個（每層一個權重和一個偏置）</translation>
    </message>
    <message>
        <source>weights &apos;{name}&apos;: unexpected array {key} (expected names like layer1.weight and layer1.bias)</source>
        <translation>權重「{name}」：非預期的陣列 {key}（應為 layer1.weight、layer1.bias 這樣的名稱）</translation>
    </message>
    <message>
        <source>weights &apos;{name}&apos;: &apos;{member}&apos; names no layer (the stack has {count})</source>
        <translation>權重「{name}」：「{member}」不對應任何層（層堆疊有 {count} 層）</translation>
    </message>
    <message>
        <source>weights &apos;{name}&apos;: &apos;{member}&apos; is encrypted or compressed in a way numpy.savez never writes</source>
        <translation>權重「{name}」：「{member}」經過加密，或以 numpy.savez 從不使用的方式壓縮</translation>
    </message>
    <message>
        <source>cannot read weights &apos;{name}&apos;: &apos;{member}&apos; is damaged ({reason})</source>
        <translation>無法讀取權重「{name}」：「{member}」已損毀（{reason}）</translation>
    </message>
    <message>
        <source>weights &apos;{name}&apos;: &apos;{member}&apos; is not a .npy array numpy can describe</source>
        <translation>權重「{name}」：「{member}」不是 numpy 能描述的 .npy 陣列</translation>
    </message>
    <message>
        <source>weights &apos;{name}&apos;: &apos;{member}&apos; holds Python objects (pickled data), which convviz never loads; save plain float arrays</source>
        <translation>權重「{name}」：「{member}」含有 Python 物件（pickle 資料），convviz 從不載入這類資料；請儲存一般的浮點陣列</translation>
    </message>
    <message>
        <source>weights &apos;{name}&apos;: &apos;{member}&apos; must hold finite floats, not {dtype}</source>
        <translation>權重「{name}」：「{member}」必須是有限浮點數，而不是 {dtype}</translation>
    </message>
    <message>
        <source>weights &apos;{name}&apos;: &apos;{member}&apos; claims {count} values of {dtype}, but the archive holds {size} bytes for it</source>
        <translation>權重「{name}」：「{member}」宣稱有 {count} 個 {dtype} 值，但壓縮檔中它只有 {size} 位元組</translation>
    </message>
    <message>
        <source>weights &apos;{name}&apos; do not fit layer {layer} ({kind})</source>
        <translation>權重「{name}」與第 {layer} 層（{kind}）不符</translation>
    </message>
    <message>
        <source>{where}: it cannot be built ({error})</source>
        <translation>{where}：這一層無法建構（{error}）</translation>
    </message>
    <message>
        <source>{where}: it has no weights</source>
        <translation>{where}：這一層沒有權重</translation>
    </message>
    <message>
        <source>{where}: it has no {key}</source>
        <translation>{where}：這一層沒有 {key}</translation>
    </message>
    <message>
        <source>{where}: &apos;{member}&apos; is {shape}, the layer needs {need}</source>
        <translation>{where}：「{member}」的形狀是 {shape}，這一層需要 {need}</translation>
    </message>
    <message>
        <source>{where}: it needs {need}, the file has only {have}</source>
        <translation>{where}：這一層需要 {need}，檔案中只有 {have}</translation>
    </message>
    <message>
        <source>cannot read weights &apos;{name}&apos;: &apos;{member}&apos; is cut short</source>
        <translation>無法讀取權重「{name}」：「{member}」不完整</translation>
    </message>
    <message>
        <source>weights &apos;{name}&apos;: &apos;{member}&apos; must hold finite floats</source>
        <translation>權重「{name}」：「{member}」必須是有限浮點數</translation>
    </message>
    <message>
        <source>cannot read weights &apos;{name}&apos;: it is not a regular file</source>
        <translation>無法讀取權重「{name}」：它不是一般檔案</translation>
    </message>
    <message>
        <source>weights &apos;{name}&apos; are {size} bytes; a weights file may hold at most {limit}</source>
        <translation>權重「{name}」有 {size} 位元組；權重檔案最多 {limit}</translation>
    </message>
    <message>
        <source>cannot read weights &apos;{name}&apos;: {reason}</source>
        <translation>無法讀取權重「{name}」：{reason}</translation>
    </message>
    <message>
        <source>weights &apos;{name}&apos; hold {member} twice</source>
        <translation>權重「{name}」中 {member} 出現了兩次</translation>
    </message>
    <message>
        <source>weights &apos;{name}&apos; would unpack to {size}; a weights file may unpack to at most {limit}</source>
        <translation>權重「{name}」解壓縮後會有 {size}；權重檔案解壓縮後最多 {limit}</translation>
    </message>
</context>
<context>
    <name>SyntheticSource</name>
    <message>
        <source>synthetic frames must be at least 16x16, got {width}x{height}</source>
        <translation>合成畫面至少要 16x16，收到的是 {width}x{height}</translation>
    </message>
    <message>
        <source>synthetic source</source>
        <translation>合成畫面</translation>
    </message>
</context>
<context>
    <name>VideoRecorder</name>
    <message>
        <source>frame is {width}x{height} but the video is {video_width}x{video_height}</source>
        <translation>畫面是 {width}x{height}，但影片是 {video_width}x{video_height}</translation>
    </message>
    <message>
        <source>Cannot record to {name}: use one of {suffixes}.</source>
        <translation>無法錄製到 {name}：請使用 {suffixes} 之一。</translation>
    </message>
    <message>
        <source>Cannot record to {path}: the folder {folder} does not exist.</source>
        <translation>無法錄製到 {path}：資料夾 {folder} 不存在。</translation>
    </message>
    <message>
        <source>Could not start recording to {path} with the {codec} codec: check that the folder is writable and the disk is not full.</source>
        <translation>無法用 {codec} 編解碼器開始錄製到 {path}：請檢查資料夾是否可寫入、磁碟是否已滿。</translation>
    </message>
    <message>
        <source>Recording to {name} is already closed.</source>
        <translation>到 {name} 的錄製已經關閉。</translation>
    </message>
    <message>
        <source>Cannot save {name}: unsupported image type {suffix}.</source>
        <translation>無法儲存 {name}：不支援的影像類型 {suffix}。</translation>
    </message>
    <message>
        <source>(no extension)</source>
        <translation>（沒有副檔名）</translation>
    </message>
    <message>
        <source>Could not encode {name} as {suffix} image.</source>
        <translation>無法把 {name} 編碼為 {suffix} 影像。</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation>無法儲存 {path}：{reason}</translation>
    </message>
</context>
</TS>
