<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>LiveController</name>
    <message>
        <source>Connecting to {0}…</source>
        <translation>正在连接 {0}…</translation>
    </message>
    <message>
        <source>downscaled from {0}×{1}</source>
        <translation>从 {0}×{1} 缩小</translation>
    </message>
    <message>
        <source>Could not open {0}.</source>
        <translation>无法打开 {0}。</translation>
    </message>
    <message>
        <source>Live: {0} ({1})</source>
        <translation>实时：{0}（{1}）</translation>
    </message>
    <message>
        <source>Live: {0}</source>
        <translation>实时：{0}</translation>
    </message>
    <message>
        <source>Stopped connecting to {0}.</source>
        <translation>已停止连接 {0}。</translation>
    </message>
    <message>
        <source>No live frame to save yet.</source>
        <translation>还没有可保存的实时画面。</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
    <message>
        <source>Cannot record to {0}: use one of {1}.</source>
        <translation>无法录制到 {0}：请使用 {1} 之一。</translation>
    </message>
    <message>
        <source>Recording feature maps to {0}</source>
        <translation>正在把特征图录制到 {0}</translation>
    </message>
    <message>
        <source>Recorded {0} frame(s) to {1}</source>
        <translation>已录制 {0} 帧到 {1}</translation>
    </message>
    <message>
        <source>Recording stopped: {0}</source>
        <translation>录制已停止：{0}</translation>
    </message>
    <message>
        <source>live frame ({0})</source>
        <translation>实时画面（{0}）</translation>
    </message>
    <message>
        <source>frozen live frame</source>
        <translation>定格的实时画面</translation>
    </message>
</context>
<context>
    <name>LivePanel</name>
    <message>
        <source>Videos (*.avi *.mp4 *.mkv *.mov *.webm);;All files (*)</source>
        <translation>视频 (*.avi *.mp4 *.mkv *.mov *.webm);;所有文件 (*)</translation>
    </message>
    <message>
        <source>synthetic</source>
        <translation>合成画面</translation>
    </message>
    <message>
        <source>camera {0}</source>
        <translation>摄像头 {0}</translation>
    </message>
    <message>
        <source>Video file…</source>
        <translation>视频文件…</translation>
    </message>
    <message>
        <source>stream: {0}</source>
        <translation>视频流：{0}</translation>
    </message>
    <message>
        <source>file: {0}</source>
        <translation>文件：{0}</translation>
    </message>
    <message>
        <source>Live camera</source>
        <translation>实时摄像头</translation>
    </message>
    <message>
        <source>Where frames come from: the synthetic moving shapes, a camera, or a video file.</source>
        <translation>画面的来源：合成的移动图形、摄像头或视频文件。</translation>
    </message>
    <message>
        <source>Frame size asked of the camera (it may pick the nearest it supports); the synthetic source draws at exactly this size. Video files keep theirs.</source>
        <translation>向摄像头请求的画面尺寸（它可能选用所支持的最接近尺寸）；合成画面按这个尺寸精确绘制。视频文件保持原尺寸。</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Flip frames left-right, like a mirror (what people expect from a webcam).</source>
        <translation>左右翻转画面，像照镜子一样（人们对网络摄像头的期待）。</translation>
    </message>
    <message>
        <source>Start live</source>
        <translation>开始实时</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Freeze the current frame to explore it: hover, pin, edit the kernel (Space).</source>
        <translation>定格当前画面以便探索：悬停、固定、编辑卷积核（空格键）。</translation>
    </message>
    <message>
        <source>Record maps</source>
        <translation>录制特征图</translation>
    </message>
    <message>
        <source>Record the feature maps, coloured as shown, to an .avi or .mp4 video.</source>
        <translation>把特征图按所显示的颜色录制为 .avi 或 .mp4 视频。</translation>
    </message>
    <message>
        <source>Save still</source>
        <translation>保存静帧</translation>
    </message>
    <message>
        <source>Save the camera frame behind the current maps as an image.</source>
        <translation>把当前特征图所对应的摄像头画面保存为图像。</translation>
    </message>
    <message>
        <source>live off</source>
        <translation>实时已关闭</translation>
    </message>
    <message>
        <source>Displayed frames per second and the median time per frame of each stage: capture (taking the newest frame), engine (on the worker: the frame to floats, mirrored if asked, the layer, and the colours to draw), display (drawing and painting the views); latency is from the camera handing over a frame to its maps on screen. Frames longer than {0} px on a side are downscaled, and the readout says from what size.</source>
        <translation>每秒显示的帧数，以及每个阶段每帧时间的中位数：采集（取最新一帧）、计算（在工作线程上：画面转为浮点数、按需镜像、这一层、要绘制的颜色）、显示（绘制和刷新各视图）；延迟是从摄像头交出一帧到它的特征图出现在屏幕上的时间。边长超过 {0} px 的画面会被缩小，读数会注明原尺寸。</translation>
    </message>
    <message>
        <source>Play a video file</source>
        <translation>播放视频文件</translation>
    </message>
    <message>
        <source>Record feature maps</source>
        <translation>录制特征图</translation>
    </message>
    <message>
        <source>Motion JPEG (*.avi);;MPEG-4 (*.mp4)</source>
        <translation>Motion JPEG (*.avi);;MPEG-4 (*.mp4)</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.bmp *.tif)</source>
        <translation>图像 (*.png *.jpg *.bmp *.tif)</translation>
    </message>
    <message>
        <source>Stop live</source>
        <translation>停止实时</translation>
    </message>
    <message>
        <source>Stop waiting for the source to open.</source>
        <translation>不再等待来源打开。</translation>
    </message>
    <message>
        <source>Stop the camera and keep the last frame as the image (Ctrl+Shift+L starts).</source>
        <translation>停止摄像头，并把最后一帧保留为图像（Ctrl+Shift+L 开始）。</translation>
    </message>
    <message>
        <source>Start feeding frames from the chosen source.</source>
        <translation>开始从所选来源送入画面。</translation>
    </message>
    <message>
        <source>Problems with the live source appear here.</source>
        <translation>实时来源的问题显示在这里。</translation>
    </message>
    <message>
        <source>Connecting to {0}…</source>
        <translation>正在连接 {0}…</translation>
    </message>
    <message>
        <source>paused · {0}</source>
        <translation>已暂停 · {0}</translation>
    </message>
</context>
</TS>
