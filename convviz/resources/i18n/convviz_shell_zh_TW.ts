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
</TS>
