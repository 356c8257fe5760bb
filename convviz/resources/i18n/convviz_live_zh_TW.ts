<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>LiveController</name>
    <message>
        <source>Connecting to {0}…</source>
        <translation>正在連線到 {0}…</translation>
    </message>
    <message>
        <source>downscaled from {0}×{1}</source>
        <translation>從 {0}×{1} 縮小</translation>
    </message>
    <message>
        <source>Could not open {0}.</source>
        <translation>無法開啟 {0}。</translation>
    </message>
    <message>
        <source>Live: {0} ({1})</source>
        <translation>即時：{0}（{1}）</translation>
    </message>
    <message>
        <source>Live: {0}</source>
        <translation>即時：{0}</translation>
    </message>
    <message>
        <source>Stopped connecting to {0}.</source>
        <translation>已停止連線到 {0}。</translation>
    </message>
    <message>
        <source>No live frame to save yet.</source>
        <translation>還沒有可儲存的即時畫面。</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>已儲存 {0}</translation>
    </message>
    <message>
        <source>Cannot record to {0}: use one of {1}.</source>
        <translation>無法錄製到 {0}：請使用 {1} 之一。</translation>
    </message>
    <message>
        <source>Recording feature maps to {0}</source>
        <translation>正在把特徵圖錄製到 {0}</translation>
    </message>
    <message>
        <source>Recorded {0} frame(s) to {1}</source>
        <translation>已錄製 {0} 幀到 {1}</translation>
    </message>
    <message>
        <source>Recording stopped: {0}</source>
        <translation>錄製已停止：{0}</translation>
    </message>
    <message>
        <source>live frame ({0})</source>
        <translation>即時畫面（{0}）</translation>
    </message>
    <message>
        <source>frozen live frame</source>
        <translation>定格的即時畫面</translation>
    </message>
</context>
<context>
    <name>LivePanel</name>
    <message>
        <source>Videos (*.avi *.mp4 *.mkv *.mov *.webm);;All files (*)</source>
        <translation>影片 (*.avi *.mp4 *.mkv *.mov *.webm);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>synthetic</source>
        <translation>合成畫面</translation>
    </message>
    <message>
        <source>camera {0}</source>
        <translation>攝影機 {0}</translation>
    </message>
    <message>
        <source>Video file…</source>
        <translation>影片檔案…</translation>
    </message>
    <message>
        <source>stream: {0}</source>
        <translation>串流：{0}</translation>
    </message>
    <message>
        <source>file: {0}</source>
        <translation>檔案：{0}</translation>
    </message>
    <message>
        <source>Live camera</source>
        <translation>即時攝影機</translation>
    </message>
    <message>
        <source>Where frames come from: the synthetic moving shapes, a camera, or a video file.</source>
        <translation>畫面的來源：合成的移動圖形、攝影機或影片檔案。</translation>
    </message>
    <message>
        <source>Frame size asked of the camera (it may pick the nearest it supports); the synthetic source draws at exactly this size. Video files keep theirs.</source>
        <translation>向攝影機要求的畫面尺寸（它可能選用所支援的最接近尺寸）；合成畫面按這個尺寸精確繪製。影片檔案保持原尺寸。</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>鏡像</translation>
    </message>
    <message>
        <source>Flip frames left-right, like a mirror (what people expect from a webcam).</source>
        <translation>左右翻轉畫面，像照鏡子一樣（人們對網路攝影機的期待）。</translation>
    </message>
    <message>
        <source>Start live</source>
        <translation>開始即時</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <source>Freeze the current frame to explore it: hover, pin, edit the kernel (Space).</source>
        <translation>定格目前畫面以便探索：懸停、固定、編輯卷積核（空白鍵）。</translation>
    </message>
    <message>
        <source>Record maps</source>
        <translation>錄製特徵圖</translation>
    </message>
    <message>
        <source>Record the feature maps, coloured as shown, to an .avi or .mp4 video.</source>
        <translation>把特徵圖按所顯示的顏色錄製為 .avi 或 .mp4 影片。</translation>
    </message>
    <message>
        <source>Save still</source>
        <translation>儲存靜態畫面</translation>
    </message>
    <message>
        <source>Save the camera frame behind the current maps as an image.</source>
        <translation>把目前特徵圖所對應的攝影機畫面儲存為影像。</translation>
    </message>
    <message>
        <source>live off</source>
        <translation>即時已關閉</translation>
    </message>
    <message>
        <source>Displayed frames per second and the median time per frame of each stage: capture (taking the newest frame), engine (on the worker: the frame to floats, mirrored if asked, the layer, and the colours to draw), display (drawing and painting the views); latency is from the camera handing over a frame to its maps on screen. Frames longer than {0} px on a side are downscaled, and the readout says from what size.</source>
        <translation>每秒顯示的幀數，以及每個階段每幀時間的中位數：擷取（取最新一幀）、計算（在工作執行緒上：畫面轉為浮點數、按需鏡像、這一層、要繪製的顏色）、顯示（繪製和重繪各檢視）；延遲是從攝影機交出一幀到它的特徵圖出現在螢幕上的時間。邊長超過 {0} px 的畫面會被縮小，讀數會註明原尺寸。</translation>
    </message>
    <message>
        <source>Play a video file</source>
        <translation>播放影片檔案</translation>
    </message>
    <message>
        <source>Record feature maps</source>
        <translation>錄製特徵圖</translation>
    </message>
    <message>
        <source>Motion JPEG (*.avi);;MPEG-4 (*.mp4)</source>
        <translation>Motion JPEG (*.avi);;MPEG-4 (*.mp4)</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.bmp *.tif)</source>
        <translation>影像 (*.png *.jpg *.bmp *.tif)</translation>
    </message>
    <message>
        <source>Stop live</source>
        <translation>停止即時</translation>
    </message>
    <message>
        <source>Stop waiting for the source to open.</source>
        <translation>不再等待來源開啟。</translation>
    </message>
    <message>
        <source>Stop the camera and keep the last frame as the image (Ctrl+Shift+L starts).</source>
        <translation>停止攝影機，並把最後一幀保留為影像（Ctrl+Shift+L 開始）。</translation>
    </message>
    <message>
        <source>Start feeding frames from the chosen source.</source>
        <translation>開始從所選來源送入畫面。</translation>
    </message>
    <message>
        <source>Problems with the live source appear here.</source>
        <translation>即時來源的問題顯示在這裡。</translation>
    </message>
    <message>
        <source>Connecting to {0}…</source>
        <translation>正在連線到 {0}…</translation>
    </message>
    <message>
        <source>paused · {0}</source>
        <translation>已暫停 · {0}</translation>
    </message>
</context>
</TS>
