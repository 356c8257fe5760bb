<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Open image…</source>
        <translation>開啟影像(&amp;O)…</translation>
    </message>
    <message>
        <source>Load a picture to convolve.</source>
        <translation>載入一張圖片來做卷積。</translation>
    </message>
    <message>
        <source>Open &amp;model…</source>
        <translation>開啟模型(&amp;M)…</translation>
    </message>
    <message>
        <source>Open your own trained network (.onnx) in the Your model tab: its layers, maps, filters and class scores.</source>
        <translation>在「你的模型」分頁開啟你自己訓練的網路（.onnx）：它的各層、特徵圖、濾波器和類別得分。</translation>
    </message>
    <message>
        <source>Export feature maps as &amp;PNG…</source>
        <translation>將特徵圖匯出為 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>Save each feature map, coloured as shown, as a PNG.</source>
        <translation>把每張特徵圖按顯示的顏色存為 PNG。</translation>
    </message>
    <message>
        <source>Export feature maps as .&amp;npy…</source>
        <translation>將特徵圖匯出為 .npy(&amp;N)…</translation>
    </message>
    <message>
        <source>Save the raw feature maps (F, H, W) as a NumPy file.</source>
        <translation>把原始特徵圖 (F, H, W) 存為 NumPy 檔案。</translation>
    </message>
    <message>
        <source>Export &amp;kernel…</source>
        <translation>匯出卷積核(&amp;K)…</translation>
    </message>
    <message>
        <source>Save the filters as JSON.</source>
        <translation>把濾波器存為 JSON。</translation>
    </message>
    <message>
        <source>Export &amp;animation…</source>
        <translation>匯出動畫(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the stepper&apos;s layer as an animated GIF or MP4 for slides (one frame per kernel position).</source>
        <translation>把逐步演示的這一層存為 GIF 動畫或 MP4，用於投影片（卷積核每個位置一格）。</translation>
    </message>
    <message>
        <source>Load k&amp;ernels…</source>
        <translation>載入卷積核(&amp;E)…</translation>
    </message>
    <message>
        <source>Replace the filters with ones saved as JSON (undoable).</source>
        <translation>用儲存為 JSON 的濾波器取代目前的（可復原）。</translation>
    </message>
    <message>
        <source>&amp;Save session…</source>
        <translation>儲存工作階段(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the layer, kernels and image path as JSON.</source>
        <translation>把這一層、卷積核和影像路徑存為 JSON。</translation>
    </message>
    <message>
        <source>&amp;Load session…</source>
        <translation>載入工作階段(&amp;L)…</translation>
    </message>
    <message>
        <source>Restore a saved session.</source>
        <translation>還原儲存的工作階段。</translation>
    </message>
    <message>
        <source>Live &amp;camera…</source>
        <translation>即時攝影機(&amp;C)…</translation>
    </message>
    <message>
        <source>Feed camera frames (or a video, or the synthetic source) through the layer live.</source>
        <translation>把攝影機的畫面（或影片、合成畫面）即時送入這一層。</translation>
    </message>
    <message>
        <source>Stop li&amp;ve</source>
        <translation>停止即時(&amp;V)</translation>
    </message>
    <message>
        <source>Stop the camera; the last frame stays as the image.</source>
        <translation>停止攝影機；最後一格留作影像。</translation>
    </message>
    <message>
        <source>Screens&amp;hot of window…</source>
        <translation>視窗螢幕截圖(&amp;H)…</translation>
    </message>
    <message>
        <source>Save the window as a PNG.</source>
        <translation>把視窗存為 PNG。</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>Close convviz.</source>
        <translation>關閉 convviz。</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>重設縮放(&amp;R)</translation>
    </message>
    <message>
        <source>Fit every view to its data.</source>
        <translation>讓每個檢視適應它的資料。</translation>
    </message>
    <message>
        <source>&amp;Zoom to the pinned cell</source>
        <translation>放大到固定的儲存格(&amp;Z)</translation>
    </message>
    <message>
        <source>Zoom the input onto the pinned cell&apos;s receptive field (the maps follow); Ctrl+0 zooms back out.</source>
        <translation>把輸入放大到固定儲存格的感受野（特徵圖隨之移動）；Ctrl+0 縮回。</translation>
    </message>
    <message>
        <source>&amp;Keep these maps to compare</source>
        <translation>保留這些特徵圖以作比較(&amp;K)</translation>
    </message>
    <message>
        <source>Put the current maps beside the explorer&apos;s, then change a setting (VALID → SAME, stride 1 → 2) to compare.</source>
        <translation>把目前的特徵圖放在探索檢視旁邊，然後改一個設定（VALID → SAME，步長 1 → 2）來比較。</translation>
    </message>
    <message>
        <source>&amp;Framework code…</source>
        <translation>框架程式碼(&amp;F)…</translation>
    </message>
    <message>
        <source>Show the layer (or, on the Layer stack tab, the whole stack) as PyTorch, Keras and tf.nn code.</source>
        <translation>把這一層（在「層堆疊」分頁則是整個堆疊）顯示為 PyTorch、Keras 和 tf.nn 程式碼。</translation>
    </message>
    <message>
        <source>&amp;Layer explorer</source>
        <translation>單層探索(&amp;L)</translation>
    </message>
    <message>
        <source>One layer: input, receptive field, feature maps.</source>
        <translation>一層：輸入、感受野、特徵圖。</translation>
    </message>
    <message>
        <source>&amp;Step by step</source>
        <translation>逐步演示(&amp;S)</translation>
    </message>
    <message>
        <source>Walk the forward and backward pass window by window; learn a kernel.</source>
        <translation>一個視窗一個視窗地走過前向傳播和反向傳播；學習一個卷積核。</translation>
    </message>
    <message>
        <source>Layer s&amp;tack</source>
        <translation>層堆疊(&amp;T)</translation>
    </message>
    <message>
        <source>Build a stack of layers and see every layer&apos;s maps and the summary.</source>
        <translation>搭建一個層堆疊，查看每一層的特徵圖和摘要。</translation>
    </message>
    <message>
        <source>&amp;Your model</source>
        <translation>你的模型(&amp;Y)</translation>
    </message>
    <message>
        <source>Your own ONNX model on the picture or the camera: layers, maps, filters, class scores, saliency.</source>
        <translation>你自己的 ONNX 模型作用在圖片或攝影機上：各層、特徵圖、濾波器、類別得分、顯著圖。</translation>
    </message>
    <message>
        <source>&amp;What am I looking at?</source>
        <translation>我在看什麼？(&amp;W)</translation>
    </message>
    <message>
        <source>Explain what the current tab shows: on the explorer with the layer&apos;s own numbers.</source>
        <translation>解釋目前分頁顯示的內容：在單層探索中用這一層自己的數字。</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>鍵盤快速鍵(&amp;K)</translation>
    </message>
    <message>
        <source>Every shortcut of every tab, in one list.</source>
        <translation>所有分頁的全部快速鍵，列在一起。</translation>
    </message>
    <message>
        <source>&amp;About convviz</source>
        <translation>關於 convviz(&amp;A)</translation>
    </message>
    <message>
        <source>Version and credits.</source>
        <translation>版本與致謝。</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <source>Framework code: the layer stack</source>
        <translation>框架程式碼：層堆疊</translation>
    </message>
    <message>
        <source>Framework code: the explorer&apos;s layer</source>
        <translation>框架程式碼：單層探索的這一層</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Copy this source to the clipboard</source>
        <translation>把這段原始碼複製到剪貼簿</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>已複製到剪貼簿。</translation>
    </message>
    <message>
        <source>Some layers cannot be written in this framework: see the comments marked NOT EXPRESSIBLE.</source>
        <translation>有些層無法用這個框架寫出：見標有 NOT EXPRESSIBLE 的註解。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source># No code: the layer cannot run on this input ({0}).</source>
        <translation># 沒有程式碼：這一層無法在這個輸入上執行（{0}）。</translation>
    </message>
</context>
<context>
    <name>Docks</name>
    <message>
        <source>Layer</source>
        <translation>卷積層</translation>
    </message>
    <message>
        <source>Shapes</source>
        <translation>形狀</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>卷積核</translation>
    </message>
    <message>
        <source>Arithmetic of the pinned cell</source>
        <translation>固定儲存格的算術</translation>
    </message>
    <message>
        <source>What am I looking at?</source>
        <translation>我在看什麼？</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>性質</translation>
    </message>
    <message>
        <source>Rank and factors of the kernel, shift and rotation of the input, parameter sharing.</source>
        <translation>卷積核的秩與分解、輸入的平移與旋轉、參數共享。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{0}: {1}

Your work is kept; the details are in {2}.</source>
        <translation>{0}: {1}

你的工作已保留；詳細資訊在 {2} 中。</translation>
    </message>
    <message>
        <source>{0}: {1}

Your work is kept; the details are in the terminal output.</source>
        <translation>{0}: {1}

你的工作已保留；詳細資訊在終端機輸出中。</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>發生錯誤</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp);;All files (*)</source>
        <translation>影像 (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>ONNX models (*.onnx);;All files (*)</source>
        <translation>ONNX 模型 (*.onnx);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Open image</source>
        <translation>開啟影像</translation>
    </message>
    <message>
        <source>Open model</source>
        <translation>開啟模型</translation>
    </message>
    <message>
        <source>Export feature maps to</source>
        <translation>把特徵圖匯出到</translation>
    </message>
    <message>
        <source>Load kernels</source>
        <translation>載入卷積核</translation>
    </message>
    <message>
        <source>Kernels (*.json)</source>
        <translation>卷積核 (*.json)</translation>
    </message>
    <message>
        <source>Export kernel</source>
        <translation>匯出卷積核</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>儲存工作階段</translation>
    </message>
    <message>
        <source>Sessions (*.json)</source>
        <translation>工作階段 (*.json)</translation>
    </message>
    <message>
        <source>Load session</source>
        <translation>載入工作階段</translation>
    </message>
    <message>
        <source>Save screenshot</source>
        <translation>儲存螢幕截圖</translation>
    </message>
</context>
<context>
    <name>FileOps</name>
    <message>
        <source>Cannot open image</source>
        <translation>無法開啟影像</translation>
    </message>
    <message>
        <source>synthetic {0} pattern</source>
        <translation>合成的{0}圖案</translation>
    </message>
    <message>
        <source>Cannot export feature maps</source>
        <translation>無法匯出特徵圖</translation>
    </message>
    <message>
        <source>Wrote {0} file(s) to {1}</source>
        <translation>已寫入 {0} 個檔案到 {1}</translation>
    </message>
    <message>
        <source>Cannot export the kernel</source>
        <translation>無法匯出卷積核</translation>
    </message>
    <message>
        <source>Cannot load kernels</source>
        <translation>無法載入卷積核</translation>
    </message>
    <message>
        <source>Loaded kernels from {0}</source>
        <translation>已從 {0} 載入卷積核</translation>
    </message>
    <message>
        <source>Cannot save the session</source>
        <translation>無法儲存工作階段</translation>
    </message>
    <message>
        <source>Cannot load session</source>
        <translation>無法載入工作階段</translation>
    </message>
    <message>
        <source>Session loaded without its image</source>
        <translation>工作階段已載入，但沒有它的影像</translation>
    </message>
    <message>
        <source>The layer and kernels of &apos;{0}&apos; are loaded, but its image could not be opened: {1} The current image stays.</source>
        <translation>「{0}」的層和卷積核已載入，但它的影像無法開啟：{1} 目前的影像保持不變。</translation>
    </message>
    <message>
        <source>Cannot save the screenshot</source>
        <translation>無法儲存螢幕截圖</translation>
    </message>
    <message>
        <source>Qt could not write {0}.</source>
        <translation>Qt 無法寫入 {0}。</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>Link Axis:</source>
        <translation>連動軸：</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Links this axis with another view. When linked, both views will display the same data range.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;把這個軸與另一個檢視連動。連動後，兩個檢視顯示相同的資料範圍。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Percent of data to be visible when auto-scaling. It may be useful to decrease this value for data with spiky noise.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;自動縮放時可見資料的百分比。資料有尖峰雜訊時，減小這個值可能有用。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Automatically resize this axis whenever the displayed data is changed.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;顯示的資料每次改變時，自動調整這個軸的範圍。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Set the range for this axis manually. This disables automatic scaling. &lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;手動設定這個軸的範圍。這會關閉自動縮放。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Minimum value to display for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;這個軸顯示的最小值。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Maximum value to display for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;這個軸顯示的最大值。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Inverts the display of this axis. (+y points downward instead of upward)&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;反轉這個軸的顯示方向（+y 朝下而不是朝上）。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Invert Axis</source>
        <translation>反轉軸</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Enables mouse interaction (panning, scaling) for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;允許用滑鼠操作這個軸（平移、縮放）。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Mouse Enabled</source>
        <translation>啟用滑鼠</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the axis will only auto-scale to data that is visible along the orthogonal axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;勾選後，這個軸只依另一個軸方向上可見的資料自動縮放。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Visible Data Only</source>
        <translation>僅可見資料</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the axis will automatically pan to center on the current data, but the scale along this axis will not change.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;勾選後，這個軸會自動平移，使目前的資料置中，但這個軸的比例不變。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Auto Pan Only</source>
        <translation>僅自動平移</translation>
    </message>
    <message>
        <source>Display averages of the curves displayed in this plot. The parameter list allows you to choose parameters to average over (if any are available).</source>
        <translation>顯示這張圖中各曲線的平均。參數清單可以選擇依哪些參數求平均（如果有的話）。</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Plot only the portion of each curve that is visible. This assumes X values are uniformly spaced.</source>
        <translation>只繪製每條曲線可見的部分。這假定 X 值是等間距的。</translation>
    </message>
    <message>
        <source>Clip to View</source>
        <translation>裁切到檢視</translation>
    </message>
    <message>
        <source>If multiple curves are displayed in this plot, check this box to limit the number of traces that are displayed.</source>
        <translation>這張圖顯示多條曲線時，勾選此項可限制顯示的曲線條數。</translation>
    </message>
    <message>
        <source>Max Traces:</source>
        <translation>最多曲線數：</translation>
    </message>
    <message>
        <source>Downsample</source>
        <translation>降取樣</translation>
    </message>
    <message>
        <source>Downsample by drawing a saw wave that follows the min and max of the original data. This method produces the best visual representation of the data but is slower.</source>
        <translation>畫一條沿原始資料最小值和最大值走的鋸齒波來降取樣。這種方法顯示資料的效果最好，但較慢。</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>峰值</translation>
    </message>
    <message>
        <source>If multiple curves are displayed in this plot, check &quot;Max Traces&quot; and set this value to limit the number of traces that are displayed.</source>
        <translation>這張圖顯示多條曲線時，勾選「最多曲線數」並設定這個值，可限制顯示的曲線條數。</translation>
    </message>
    <message>
        <source>If MaxTraces is checked, remove curves from memory after they are hidden (saves memory, but traces can not be un-hidden).</source>
        <translation>勾選「最多曲線數」時，曲線隱藏後從記憶體中移除（節省記憶體，但曲線無法再顯示）。</translation>
    </message>
    <message>
        <source>Forget hidden traces</source>
        <translation>捨棄隱藏的曲線</translation>
    </message>
    <message>
        <source>Downsample by taking the mean of N samples.</source>
        <translation>取 N 個樣本的平均值來降取樣。</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均值</translation>
    </message>
    <message>
        <source>Downsample by taking the first of N samples. This method is fastest and least accurate.</source>
        <translation>取 N 個樣本中的第一個來降取樣。這種方法最快，也最不精確。</translation>
    </message>
    <message>
        <source>Subsample</source>
        <translation>抽樣</translation>
    </message>
    <message>
        <source>Automatically downsample data based on the visible range. This assumes X values are uniformly spaced.</source>
        <translation>依可見範圍自動降取樣。這假定 X 值是等間距的。</translation>
    </message>
    <message>
        <source>Downsample data before plotting. (plot every Nth sample)</source>
        <translation>繪圖前先降取樣（每 N 個樣本畫一個）。</translation>
    </message>
    <message>
        <source>Log X</source>
        <translation>對數 X</translation>
    </message>
    <message>
        <source>dy/dx</source>
        <translation>dy/dx</translation>
    </message>
    <message>
        <source>Y vs. Y&apos;</source>
        <translation>Y 對 Y′</translation>
    </message>
    <message>
        <source>Power Spectrum (FFT)</source>
        <translation>功率譜（FFT）</translation>
    </message>
    <message>
        <source>Log Y</source>
        <translation>對數 Y</translation>
    </message>
    <message>
        <source>Subtract Mean</source>
        <translation>減去平均值</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>資料點</translation>
    </message>
    <message>
        <source>Show X Grid</source>
        <translation>顯示 X 格線</translation>
    </message>
    <message>
        <source>Show Y Grid</source>
        <translation>顯示 Y 格線</translation>
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
        <translation>匯出…</translation>
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
&lt;p&gt;一次一個輸出儲存格，像教科書那樣演算：填充後的輸入上的&lt;b&gt;視窗&lt;/b&gt;（橙色框；帶斜線的儲存格是填充），每個輸入值乘以它的權重（&lt;b&gt;視窗 × 卷積核&lt;/b&gt;），求和，+ 偏置，→ 激活函數，然後這個儲存格在&lt;b&gt;特徵圖&lt;/b&gt;上填好；接著池化視窗在各自的區塊中取最大值或平均值。&lt;/p&gt;
&lt;p&gt;&lt;b&gt;輸入&lt;/b&gt;（左上）：一塊 12×12 的裁切、在單層探索中固定的儲存格周圍的一塊裁切、可以心算相加的小數字，或縮小到最多 64 px 的整張影像。&lt;/p&gt;
&lt;p&gt;&lt;b&gt;反向&lt;/b&gt;把梯度往回傳：經過池化（最大池化把它送給勝出者）、激活函數（ReLU 在 z &amp;gt; 0 處讓它通過），再一個儲存格一個儲存格地傳入 dW、dX 和 db。&lt;b&gt;檢驗&lt;/b&gt;把總和與數值差分作比較。&lt;/p&gt;
&lt;p&gt;&lt;b&gt;學習卷積核&lt;/b&gt;執行梯度下降，直到這一層的輸出與目標卷積核的輸出一致。&lt;/p&gt;
&lt;p&gt;&lt;b&gt;順序&lt;/b&gt;（頂部）讓卷積核先橫向掃過每一列，或先縱向掃過每一行，和課程講義一樣；播放列上的&lt;b&gt;匯出動畫…&lt;/b&gt;把整個過程存為 GIF 或 MP4，用於投影片。&lt;b&gt;課例&lt;/b&gt;選單在這裡和其他分頁開啟講義中的例題。&lt;/p&gt;
&lt;p&gt;按鍵：&lt;b&gt;空白鍵&lt;/b&gt; 播放/暫停，&lt;b&gt;→ / ←&lt;/b&gt; 單步，&lt;b&gt;Home / End&lt;/b&gt; 第一步/最後一步，&lt;b&gt;+ / −&lt;/b&gt; 加快/減慢。&lt;/p&gt;
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
&lt;h3&gt;層堆疊&lt;/h3&gt;
&lt;p&gt;一整個網路，一層一層：用&lt;b&gt;新增&lt;/b&gt;搭建它（或選一個範例），每一層的輸出通道都顯示為小圖，下方是摘要表（輸出形狀、參數、乘加次數和感受野），就像 Keras 的 &lt;code&gt;model.summary()&lt;/code&gt; 印出的那樣。&lt;/p&gt;
&lt;p&gt;&lt;b&gt;把滑鼠停在任一小圖的儲存格上&lt;/b&gt;：為它提供輸入的那部分輸入影像會被框出；深層能看到圖片的一大部分。側邊的分頁比較不同的設計、講解轉置卷積並示範隨機失活。&lt;/p&gt;
&lt;p&gt;這個分頁開啟時是&lt;b&gt;帶訓練好權重的 LeNet-5&lt;/b&gt;：開啟 檔案 → 範例圖片 → &lt;i&gt;手寫數字&lt;/i&gt;，它的第一層就顯示出它學會尋找的筆畫，它的 10 個類別得分選出那個數字。你搭建的堆疊從隨機權重開始（He 初始化）；側邊的&lt;b&gt;訓練&lt;/b&gt;分頁用 4,000 個手寫數字訓練它，你可以同時觀察損失、卷積核和認錯的數字；&lt;b&gt;手寫數字&lt;/b&gt;讓你用滑鼠寫一個數字，看看堆疊把它認成什麼。&lt;/p&gt;
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
&lt;p&gt;你自己訓練的網路，在 convviz 的引擎上執行：用 檔案 → &lt;i&gt;開啟模型…&lt;/i&gt;（Ctrl+Shift+O）開啟一個 &lt;b&gt;.onnx&lt;/b&gt; 檔案，或把它拖放到視窗上。在此之前，這個分頁顯示層堆疊裡訓練好的 LeNet-5，已匯出為 ONNX。&lt;/p&gt;
&lt;p&gt;&lt;b&gt;層&lt;/b&gt;（左側）：每一層的運算子、輸出形狀、參數、乘加次數和感受野，就像 Netron 或 Keras 的 &lt;code&gt;model.summary()&lt;/code&gt;列出的那樣，以及關於這個檔案需要知道的事（BatchNorm 已摺疊進卷積、所選的輸入尺寸）。按一下一層。&lt;/p&gt;
&lt;p&gt;&lt;b&gt;模型看到的&lt;/b&gt;：目前的影像或即時攝影機的畫面，縮放並置中裁切到模型的輸入尺寸，再正規化（彩色模型用 ImageNet 的平均值/標準差，灰階模型用 [0, 1]，或你自己的設定；Caffe 時代的模型用 B, G, R 順序）。&lt;/p&gt;
&lt;p&gt;&lt;b&gt;特徵圖&lt;/b&gt;：所選層的輸出，每個通道一張小圖。&lt;b&gt;按一下一個儲存格&lt;/b&gt;：它所依賴的輸入像素——精確地、經過圖中的每一條路徑——會在圖片上被點亮並框出。按兩下小圖可放大開啟。&lt;b&gt;濾波器&lt;/b&gt;：卷積的權重，第一層按 R, G, B 以彩色顯示（中灰為 0）。&lt;/p&gt;
&lt;p&gt;&lt;b&gt;類別得分&lt;/b&gt;：最可能的五個類別，機率由 softmax 算出；檔案中沒有類別名稱時，標籤… 從一個文字檔（每行一個）讀取類別名稱。&lt;b&gt;顯著圖&lt;/b&gt;點亮最能改變某個類別得分的像素；&lt;b&gt;Grad-CAM&lt;/b&gt; 點亮得分所依賴的卷積層特徵圖區域（預設是最後一個卷積層）。&lt;/p&gt;
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
&lt;h3&gt;顏色&lt;/h3&gt;
&lt;p&gt;&lt;b&gt;有正負的特徵圖&lt;/b&gt;（邊緣偵測器的輸出）：&lt;span style=&apos;color:#c03030&apos;&gt;紅色為正&lt;/span&gt;，&lt;span style=&apos;color:#3050c0&apos;&gt;藍色為負&lt;/span&gt;，白色為 0；特徵圖旁邊的色條給出刻度。&lt;b&gt;不會為負的特徵圖&lt;/b&gt;（模糊、ReLU 之後的特徵圖）以灰階繪製，像照片一樣：黑色為 0。&lt;/p&gt;
&lt;p&gt;刻度止於填充邊界以外區域的第 99.5 百分位數，這樣少數極端的儲存格不會讓其餘部分褪色（檢視 → &lt;i&gt;色彩刻度忽略最亮的 0.5 %&lt;/i&gt;）；狀態列中的 &lt;b&gt;對比度 ×&lt;/b&gt; 把它放大。檢視 → 色彩映射 可選擇其他映射。&lt;/p&gt;
&lt;p&gt;即時攝影機：檔案 → 即時攝影機… 把畫面送入同一層；固定儲存格的數字隨畫面變化。&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>Move the pin</source>
        <translation>移動固定點</translation>
    </message>
    <message>
        <source>On a map: one cell.</source>
        <translation>在特徵圖上：一個儲存格。</translation>
    </message>
    <message>
        <source>Undo / redo</source>
        <translation>復原 / 重做</translation>
    </message>
    <message>
        <source>Kernel edits.</source>
        <translation>卷積核的編輯。</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>快速鍵</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>convviz help</source>
        <translation>convviz 說明</translation>
    </message>
    <message>
        <source>convviz help — {0}</source>
        <translation>convviz 說明 — {0}</translation>
    </message>
    <message>
        <source>shortcuts</source>
        <translation>快速鍵</translation>
    </message>
</context>
<context>
    <name>Hints</name>
    <message>
        <source>Hover the image or a map; click a map cell to pin it, arrow keys move the pin.</source>
        <translation>把滑鼠停在影像或特徵圖上；按一下特徵圖的儲存格來固定它，方向鍵移動它。</translation>
    </message>
    <message>
        <source>Space plays, ← → step, Home/End jump; the Backward tab walks the gradients.</source>
        <translation>空白鍵播放，← → 單步，Home/End 跳轉；「反向」頁走過梯度。</translation>
    </message>
    <message>
        <source>Hover a cell of any tile to see the part of the input that feeds it.</source>
        <translation>把滑鼠停在任一小圖的儲存格上，查看為它提供輸入的那部分。</translation>
    </message>
    <message>
        <source>Open your .onnx model (Ctrl+Shift+O, or drop it here); click a layer, then a cell of its maps.</source>
        <translation>開啟你的 .onnx 模型（Ctrl+Shift+O，或拖放到這裡）；按一下一層，再按一下它特徵圖中的儲存格。</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <source>Open this worked example: it sets the layer, the input and the tab, and explains the numbers.</source>
        <translation>開啟這個例題：它設定好這一層、輸入和分頁，並解釋其中的數字。</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>課例</translation>
    </message>
    <message>
        <source>Change anything now: the lesson is only where you start.</source>
        <translation>現在可以隨意修改：課例只是你的起點。</translation>
    </message>
    <message>
        <source>Ctrl+Z in the kernel editor brings your own kernels back.</source>
        <translation>在卷積核編輯器中按 Ctrl+Z 可還原你自己的卷積核。</translation>
    </message>
    <message>
        <source>Lesson: {0}</source>
        <translation>課例：{0}</translation>
    </message>
    <message>
        <source>a lesson&apos;s input</source>
        <translation>課例的輸入</translation>
    </message>
</context>
<context>
    <name>LookPrefs</name>
    <message>
        <source>contrast ×</source>
        <translation>對比度 ×</translation>
    </message>
    <message>
        <source>Contrast of the feature maps&apos; colours: the colour scale is divided by this factor.</source>
        <translation>特徵圖顏色的對比度：色彩刻度除以這個係數。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>convviz — see a convolution layer at work</source>
        <translation>convviz — 看卷積層如何運作</translation>
    </message>
    <message>
        <source>Hover the image or a map.</source>
        <translation>把滑鼠停在影像或特徵圖上。</translation>
    </message>
    <message>
        <source>computing</source>
        <translation>計算中</translation>
    </message>
    <message>
        <source>live camera ({0})</source>
        <translation>即時攝影機（{0}）</translation>
    </message>
    <message>
        <source>{0} × {1}×{2} from {3}×{4}</source>
        <translation>{0} × {1}×{2}，由 {3}×{4} 得到</translation>
    </message>
    <message>
        <source>pooled to {0}×{1} from {2}×{3}</source>
        <translation>池化為 {0}×{1}，由 {2}×{3} 得到</translation>
    </message>
    <message>
        <source>{0} {1} (row {2}, col {3}) = {4}</source>
        <translation>{0} {1}（第 {2} 列，第 {3} 欄）= {4}</translation>
    </message>
    <message>
        <source>pinned {0} {1} (row {2}, col {3}) = {4}</source>
        <translation>固定的{0} {1}（第 {2} 列，第 {3} 欄）= {4}</translation>
    </message>
    <message>
        <source>Kept. Now change a setting: the kept maps stay on the right.</source>
        <translation>已保留。現在改變一項設定：保留的特徵圖留在右側。</translation>
    </message>
    <message>
        <source>Pin a cell first: click it on a feature map.</source>
        <translation>請先固定一個儲存格：在特徵圖上按一下它。</translation>
    </message>
    <message>
        <source>About convviz</source>
        <translation>關於 convviz</translation>
    </message>
    <message>
        <source>convviz {0}
See how a convolution layer transforms an image.
PySide6 + pyqtgraph + numpy + scipy.</source>
        <translation>convviz {0}
看卷積層如何轉換一張影像。
PySide6 + pyqtgraph + numpy + scipy。</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言 Language(&amp;N)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <source>The interface&apos;s language, from the next start of convviz.</source>
        <translation>介面的語言，下次啟動 convviz 時生效。</translation>
    </message>
    <message>
        <source>The language changes at the next start of convviz (quit and start it again).</source>
        <translation>語言將在下次啟動 convviz 時變更（結束後再啟動）。</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>課例(&amp;L)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <source>Sa&amp;mples</source>
        <translation>範例圖片(&amp;M)</translation>
    </message>
    <message>
        <source>Live camera toolbar</source>
        <translation>即時攝影機工具列</translation>
    </message>
    <message>
        <source>Show or hide the live camera&apos;s controls.</source>
        <translation>顯示或隱藏即時攝影機的控制項。</translation>
    </message>
    <message>
        <source>Reset &amp;layout</source>
        <translation>重設版面(&amp;L)</translation>
    </message>
    <message>
        <source>Show every panel where a first start puts it.</source>
        <translation>把每個面板放回首次啟動時的位置。</translation>
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
        <translation>顯示或隱藏「{0}」面板。</translation>
    </message>
</context>
<context>
    <name>PlotItem</name>
    <message>
        <source>Transforms</source>
        <translation>轉換</translation>
    </message>
    <message>
        <source>Downsample</source>
        <translation>降取樣</translation>
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
        <translation>格線</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>資料點</translation>
    </message>
    <message>
        <source>Plot Options</source>
        <translation>繪圖選項</translation>
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
        <translation>棋盤格</translation>
    </message>
    <message>
        <source>circles</source>
        <translation>圓環</translation>
    </message>
    <message>
        <source>digit</source>
        <translation>手寫數字</translation>
    </message>
    <message>
        <source>gradient</source>
        <translation>漸層</translation>
    </message>
    <message>
        <source>impulse</source>
        <translation>脈衝</translation>
    </message>
    <message>
        <source>stripes</source>
        <translation>條紋</translation>
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
        <translation>一維卷積</translation>
    </message>
    <message>
        <source>Flip, slide, sum</source>
        <translation>翻轉、滑動、求和</translation>
    </message>
    <message>
        <source>Over a sentence (NLP)</source>
        <translation>在句子上 (NLP)</translation>
    </message>
    <message>
        <source>The signal x: 1 to {0} numbers, separated by commas or spaces; Enter recomputes.</source>
        <translation>訊號 x：1 到 {0} 個數，用逗號或空格分隔；按 Enter 重新計算。</translation>
    </message>
    <message>
        <source>The kernel h: 1 to {0} numbers, separated by commas or spaces; Enter recomputes.</source>
        <translation>卷積核 h：1 到 {0} 個數，用逗號或空格分隔；按 Enter 重新計算。</translation>
    </message>
    <message>
        <source>this slide</source>
        <translation>這次滑動</translation>
    </message>
    <message>
        <source>flip the kernel (convolution)</source>
        <translation>翻轉卷積核（卷積）</translation>
    </message>
    <message>
        <source>Off: slide h as it is, which is cross-correlation (what CNN layers compute)</source>
        <translation>關閉：按原樣滑動 h，這就是互相關（CNN 的層計算的就是它）</translation>
    </message>
    <message>
        <source>signal x and the kernel laid over it</source>
        <translation>訊號 x 和覆蓋在上面的卷積核</translation>
    </message>
    <message>
        <source>products</source>
        <translation>乘積</translation>
    </message>
    <message>
        <source>output y (y[n] under the kernel&apos;s last tap)</source>
        <translation>輸出 y（y[n] 位於卷積核最後一個抽頭之下）</translation>
    </message>
    <message>
        <source>Which output: slide the kernel along</source>
        <translation>哪一個輸出：讓卷積核滑動</translation>
    </message>
    <message>
        <source>The slide&apos;s outputs beside what numpy computes</source>
        <translation>滑動得到的輸出，旁邊是 numpy 算出的結果</translation>
    </message>
    <message>
        <source>signal x:</source>
        <translation>訊號 x：</translation>
    </message>
    <message>
        <source>kernel h:</source>
        <translation>卷積核 h：</translation>
    </message>
    <message>
        <source>output n = {0} of 0…{1}</source>
        <translation>輸出 n = {0}（共 0…{1}）</translation>
    </message>
    <message>
        <source>y[{0}] = 0: the kernel does not touch the signal here</source>
        <translation>y[{0}] = 0：卷積核在這裡沒有碰到訊號</translation>
    </message>
    <message>
        <source>Which filter slides over the sentence</source>
        <translation>哪個濾波器在句子上滑動</translation>
    </message>
    <message>
        <source>filter {0}</source>
        <translation>濾波器 {0}</translation>
    </message>
    <message>
        <source>the sentence: {0} numbers per word</source>
        <translation>句子：每個詞 {0} 個數</translation>
    </message>
    <message>
        <source>the filter ({0}×{1})</source>
        <translation>濾波器（{0}×{1}）</translation>
    </message>
    <message>
        <source>the filter&apos;s output at each trigram</source>
        <translation>濾波器在每個三元組上的輸出</translation>
    </message>
    <message>
        <source>Which trigram the filter reads</source>
        <translation>濾波器讀取哪一個三元組</translation>
    </message>
    <message>
        <source>filter:</source>
        <translation>濾波器：</translation>
    </message>
    <message>
        <source>Max over time: filter {0} keeps &apos;{1}&apos; ({2}), one number whatever the sentence&apos;s length. Its {3} weights are the same at every position, as a 2-D kernel&apos;s are at every pixel.</source>
        <translation>時間維度上的最大池化：濾波器 {0} 保留「{1}」（{2}），無論句子多長都只有一個數。它的 {3} 個權重在每個位置都相同，就像二維卷積核的權重在每個像素上都相同。</translation>
    </message>
    <message>
        <source>Filter {0} on &apos;{1}&apos; (words {2}…{3}): the sum of its {4}·{5} = {6} products = {7}.</source>
        <translation>濾波器 {0} 作用在「{1}」上（第 {2}…{3} 個詞）：它的 {4}·{5} = {6} 個乘積之和 = {7}。</translation>
    </message>
</context>
<context>
    <name>Tabs</name>
    <message>
        <source>Layer explorer</source>
        <translation>單層探索</translation>
    </message>
    <message>
        <source>Step by step</source>
        <translation>逐步演示</translation>
    </message>
    <message>
        <source>Layer stack</source>
        <translation>層堆疊</translation>
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
        <translation>檢視選項</translation>
    </message>
    <message>
        <source>View All</source>
        <translation>顯示全部</translation>
    </message>
    <message>
        <source>axis</source>
        <translation>軸</translation>
    </message>
    <message>
        <source>Mouse Mode</source>
        <translation>滑鼠模式</translation>
    </message>
    <message>
        <source>3 button</source>
        <translation>三鍵</translation>
    </message>
    <message>
        <source>1 button</source>
        <translation>單鍵</translation>
    </message>
</context>
<context>
    <name>ViewMenu</name>
    <message>
        <source>Ignore the brightest 0.5 % for the colour &amp;scale</source>
        <translation>色彩刻度忽略最亮的 0.5 %(&amp;S)</translation>
    </message>
    <message>
        <source>On: the colour scale ends at the 99.5th percentile of the maps, away from the padding border, so a few extreme cells do not wash out the rest. Off: it ends at the largest value.</source>
        <translation>開：色彩刻度止於特徵圖（填充邊界以外）的第 99.5 百分位數，這樣少數極端的儲存格不會讓其餘部分褪色。關：止於最大值。</translation>
    </message>
    <message>
        <source>S&amp;quare-root colour scale for signed maps</source>
        <translation>有正負的特徵圖用平方根色彩刻度(&amp;Q)</translation>
    </message>
    <message>
        <source>On: a signed map&apos;s colour follows sign(v)·√|v|, so faint edges show instead of white (the bar&apos;s ends and 0 keep their values). Off: colour proportional to the value.</source>
        <translation>開：有正負的特徵圖的顏色按 sign(v)·√|v| 變化，微弱的邊緣因此顯現而不是一片白色（色條的兩端和 0 保持原值）。關：顏色與數值成正比。</translation>
    </message>
    <message>
        <source>One colour scale &amp;per map</source>
        <translation>每張特徵圖一個色彩刻度(&amp;P)</translation>
    </message>
    <message>
        <source>On: each filter&apos;s map gets its own scale (a blur beside Sobel is not washed out); its range is in its title. Off: one scale for the whole bank, so the maps compare.</source>
        <translation>開：每個濾波器的特徵圖有自己的刻度（Sobel 旁邊的模糊不會褪色），範圍寫在它的標題裡。關：整組濾波器共用一個刻度，特徵圖之間可以比較。</translation>
    </message>
    <message>
        <source>Remembered: it applies when convviz starts next time.</source>
        <translation>已記住：下次啟動 convviz 時生效。</translation>
    </message>
    <message>
        <source>&amp;Presentation size</source>
        <translation>簡報尺寸(&amp;P)</translation>
    </message>
    <message>
        <source>Text, lines, markers and icons this much larger, for a projector (from the next start).</source>
        <translation>文字、線條、標記和圖示放大這麼多倍，用於投影機（下次啟動時生效）。</translation>
    </message>
    <message>
        <source>&amp;Light theme for slides</source>
        <translation>投影片用淺色主題(&amp;L)</translation>
    </message>
    <message>
        <source>White backgrounds behind the pictures, for slides and screenshots (from the next start).</source>
        <translation>圖片後面用白色背景，用於投影片和螢幕截圖（下次啟動時生效）。</translation>
    </message>
</context>
</TS>
