<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AnimationExportDialog</name>
    <message>
        <source>Export animation</source>
        <translation>匯出動畫</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>傳播方向</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>數值</translation>
    </message>
    <message>
        <source>Input size</source>
        <translation>輸入尺寸</translation>
    </message>
    <message>
        <source>Output padding</source>
        <translation>輸出填充</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Write the values into the cells</source>
        <translation>把數值寫進儲存格裡</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主題</translation>
    </message>
    <message>
        <source>Frame width</source>
        <translation>影格寬度</translation>
    </message>
    <message>
        <source>Frames a second</source>
        <translation>每秒影格數</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Forward pass (the window slides, the output fills in)</source>
        <translation>前向傳播（視窗滑動，輸出逐格填入）</translation>
    </message>
    <message>
        <source>Backward pass (each output gradient flows back into dX and dW)</source>
        <translation>反向傳播（每個輸出梯度流回 dX 和 dW）</translation>
    </message>
    <message>
        <source>Transposed convolution (each input cell stamps the kernel)</source>
        <translation>轉置卷積（每個輸入儲存格蓋印一次卷積核）</translation>
    </message>
    <message>
        <source>Small whole numbers (they read on a slide)</source>
        <translation>小整數（在投影片上看得清）</translation>
    </message>
    <message>
        <source>The stepper&apos;s input and kernel</source>
        <translation>逐步演示的輸入和卷積核</translation>
    </message>
    <message>
        <source>The stepper&apos;s input and kernel (gray input only)</source>
        <translation>逐步演示的輸入和卷積核（僅限灰階輸入）</translation>
    </message>
    <message>
        <source>Light (white, for slides)</source>
        <translation>淺色（白底，適合投影片）</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>{frames} frames: one per kernel position and the result. From the stepper: kernel {kernel}, stride {stride}, padding {padding}, dilation {dilation}; zero padding, no activation or pooling.</source>
        <translation>{frames} 影格：卷積核每個位置一個影格，外加結果。取自逐步演示：卷積核 {kernel}，步長 {stride}，填充 {padding}，擴張率 {dilation}；零填充，不含激活和池化。</translation>
    </message>
    <message>
        <source>Choose a file to write first.</source>
        <translation>請先選擇要寫入的檔案。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file: add a file name to it, e.g. {example}.</source>
        <translation>{path} 是資料夾，不是檔案：請加上檔名，例如 {example}。</translation>
    </message>
    <message>
        <source>Drawing and writing frame {done} of {total}…</source>
        <translation>正在繪製並寫入第 {done} 影格，共 {total} 影格…</translation>
    </message>
    <message>
        <source>Wrote {path}: {frames} frames of {width}×{height} pixels.</source>
        <translation>已寫入 {path}：{frames} 影格，每影格 {width}×{height} 像素。</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>匯出已取消；沒有寫入任何檔案。</translation>
    </message>
    <message>
        <source>The animation could not be exported: {reason}</source>
        <translation>無法匯出動畫：{reason}</translation>
    </message>
    <message>
        <source>Export the animation as</source>
        <translation>將動畫匯出為</translation>
    </message>
    <message>
        <source>Animated GIF (*.gif);;MP4 video (*.mp4)</source>
        <translation>GIF 動畫 (*.gif);;MP4 影片 (*.mp4)</translation>
    </message>
    <message>
        <source>Animated GIF</source>
        <translation>GIF 動畫</translation>
    </message>
    <message>
        <source>MP4 video</source>
        <translation>MP4 影片</translation>
    </message>
</context>
<context>
    <name>BackwardPanel</name>
    <message>
        <source>Where the upstream gradient dL/dy comes from</source>
        <translation>上游梯度 dL/dy 從哪裡來</translation>
    </message>
    <message>
        <source>Target kernel: t is the layer&apos;s output with this preset (on every channel). By default the first of sobel_x, sobel_y, … that is not the kernel itself.</source>
        <translation>目標卷積核：t 是這一層用這個預設（每個通道都用）得到的輸出。預設是 sobel_x、sobel_y、… 中第一個與目前卷積核不同的。</translation>
    </message>
    <message>
        <source>Clear paint</source>
        <translation>清除塗畫</translation>
    </message>
    <message>
        <source>Set every painted gradient back to 0</source>
        <translation>把塗畫的梯度全部設回 0</translation>
    </message>
    <message>
        <source>upstream gradient:</source>
        <translation>上游梯度：</translation>
    </message>
    <message>
        <source>What this step does</source>
        <translation>這一步做了什麼</translation>
    </message>
    <message>
        <source>dL/dy (upstream)</source>
        <translation>dL/dy（上游）</translation>
    </message>
    <message>
        <source>The gradient arriving at the layer&apos;s output (with the loss, y − t); in &apos;painted&apos; mode click a cell to cycle 0 → +1 → −1.</source>
        <translation>到達這一層輸出的梯度（用損失時為 y − t）；在「塗畫」模式下點擊儲存格可在 0 → +1 → −1 之間切換。</translation>
    </message>
    <message>
        <source>dL/da (after pooling)</source>
        <translation>dL/da（池化之後）</translation>
    </message>
    <message>
        <source>Max pooling routes each gradient to its arg-max; average pooling shares it evenly. The green frames are the cells this step sends it to.</source>
        <translation>最大池化把每個梯度送到其最大值所在位置；平均池化把它平均分配。綠框是這一步把梯度送去的儲存格。</translation>
    </message>
    <message>
        <source>activation′(z)</source>
        <translation>激活′(z)</translation>
    </message>
    <message>
        <source>The activation&apos;s slope at each pre-activation; for ReLU the mask (1 where z &gt; 0).</source>
        <translation>激活函數在每個激活前值處的斜率；ReLU 時即遮罩（z &gt; 0 處為 1）。</translation>
    </message>
    <message>
        <source>dL/da × activation′(z): the gradient each conv output cell spreads.</source>
        <translation>dL/da × 激活′(z)：每個卷積輸出儲存格向回傳播的梯度。</translation>
    </message>
    <message>
        <source>input (padded)</source>
        <translation>輸入（已填充）</translation>
    </message>
    <message>
        <source>The window of the cell being spread (in RGB, the channel shown)</source>
        <translation>正在傳播的儲存格所對應的視窗（RGB 時為所顯示的通道）</translation>
    </message>
    <message>
        <source>dZ[y,x] × window → dW</source>
        <translation>dZ[y,x] × 視窗 → dW</translation>
    </message>
    <message>
        <source>What this step adds to dW</source>
        <translation>這一步加到 dW 上的量</translation>
    </message>
    <message>
        <source>dW (running)</source>
        <translation>dW（累計）</translation>
    </message>
    <message>
        <source>Accumulated gradient of the kernel</source>
        <translation>卷積核的累計梯度</translation>
    </message>
    <message>
        <source>dX (running)</source>
        <translation>dX（累計）</translation>
    </message>
    <message>
        <source>Accumulated gradient of the input: dZ[y,x] × kernel added under the window each step</source>
        <translation>輸入的累計梯度：每一步把 dZ[y,x] × 卷積核加到視窗下方</translation>
    </message>
    <message>
        <source>dL/dy (upstream) {0}</source>
        <translation>dL/dy（上游）{0}</translation>
    </message>
    <message>
        <source>dL/da {0} (after pooling)</source>
        <translation>dL/da {0}（池化之後）</translation>
    </message>
    <message>
        <source>activation′(z) {0}</source>
        <translation>激活′(z) {0}</translation>
    </message>
    <message>
        <source>input{0} {1} (padded: {2})</source>
        <translation>輸入{0} {1}（填充後：{2}）</translation>
    </message>
    <message>
        <source>input{0} {1}</source>
        <translation>輸入{0} {1}</translation>
    </message>
    <message>
        <source>dZ[y,x] × window{0} → dW{0}</source>
        <translation>dZ[y,x] × 視窗{0} → dW{0}</translation>
    </message>
    <message>
        <source>dW{0} {1} (running)</source>
        <translation>dW{0} {1}（累計）</translation>
    </message>
    <message>
        <source>dX{0} {1} (running)</source>
        <translation>dX{0} {1}（累計）</translation>
    </message>
    <message>
        <source>step {0}/{1}: </source>
        <translation>第 {0}/{1} 步：</translation>
    </message>
    <message>
        <source> (dL/dy there: {0})</source>
        <translation>（該處 dL/dy：{0}）</translation>
    </message>
    <message>
        <source>dZ = &lt;b&gt;0&lt;/b&gt;: nothing to add to dW, dX or db at this cell; db stays {0}</source>
        <translation>dZ = &lt;b&gt;0&lt;/b&gt;：這個儲存格不給 dW、dX 或 db 增加任何量；db 仍為 {0}</translation>
    </message>
    <message>
        <source>dZ = &lt;b&gt;{0}&lt;/b&gt;; dW += dZ × window; dX[window] += dZ × kernel; db += dZ → db = &lt;b&gt;{1}&lt;/b&gt;</source>
        <translation>dZ = &lt;b&gt;{0}&lt;/b&gt;；dW += dZ × 視窗；dX[視窗] += dZ × 卷積核；db += dZ → db = &lt;b&gt;{1}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;conv&lt;/b&gt; {0}, cell {1}{2}: {3}</source>
        <translation>&lt;b&gt;卷積&lt;/b&gt; {0}，儲存格 {1}{2}：{3}</translation>
    </message>
    <message>
        <source>goes nowhere: the gradient is 0</source>
        <translation>沒有去向：梯度為 0</translation>
    </message>
    <message>
        <source>goes to its arg-max, cell {0}</source>
        <translation>送到最大值所在的儲存格 {0}</translation>
    </message>
    <message>
        <source>is shared evenly: {0} to each of cells {1}</source>
        <translation>平均分配：儲存格 {1} 各得 {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0} pool&lt;/b&gt; cell {1}: {2} {3}</source>
        <translation>&lt;b&gt;{0}池化&lt;/b&gt; 儲存格 {1}：{2}，{3}</translation>
    </message>
    <message>
        <source>&lt;b&gt;no activation&lt;/b&gt;: dL/dz = dL/da, cell by cell</source>
        <translation>&lt;b&gt;無激活函數&lt;/b&gt;：逐格 dL/dz = dL/da</translation>
    </message>
    <message>
        <source>&lt;b&gt;activation&lt;/b&gt; ({0}): dL/dz = dL/da × {0}′(z), cell by cell</source>
        <translation>&lt;b&gt;激活函數&lt;/b&gt;（{0}）：逐格 dL/dz = dL/da × {0}′(z)</translation>
    </message>
    <message>
        <source>L = ½·Σ(y − t)² = &lt;b&gt;{0}&lt;/b&gt;: y is the layer&apos;s output, t its output with the target kernel {1} (no bias)</source>
        <translation>L = ½·Σ(y − t)² = &lt;b&gt;{0}&lt;/b&gt;：y 是這一層的輸出，t 是它用目標卷積核 {1}（無偏置）得到的輸出</translation>
    </message>
    <message>
        <source>dL/dy = 1 at every output cell: the gradient of L = Σ y</source>
        <translation>每個輸出儲存格 dL/dy = 1：即 L = Σ y 的梯度</translation>
    </message>
    <message>
        <source>dL/dy as painted: the gradient of L = Σ dL/dy · y</source>
        <translation>dL/dy 按塗畫的值：即 L = Σ dL/dy · y 的梯度</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>正在檢驗…</translation>
    </message>
</context>
<context>
    <name>ChannelBar</name>
    <message>
        <source>channel shown:</source>
        <translation>顯示的通道：</translation>
    </message>
    <message>
        <source>Show the {0} channel&apos;s input, kernel slice, products, dW and dX (C cycles)</source>
        <translation>顯示 {0} 通道的輸入、卷積核切片、乘積、dW 和 dX（按 C 切換）</translation>
    </message>
</context>
<context>
    <name>ClosedFormPanel</name>
    <message>
        <source>The closed forms appear at the last step, beside the stepped totals.</source>
        <translation>閉式解在最後一步出現，顯示在逐步累計結果旁邊。</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#1e8a4c&apos;&gt;✓ matches&lt;/b&gt; (largest difference {0})</source>
        <translation>&lt;b style=&apos;color:#1e8a4c&apos;&gt;✓ 一致&lt;/b&gt;（最大差異 {0}）</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#c03030&apos;&gt;✗ differs by {0}&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#c03030&apos;&gt;✗ 相差 {0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>closed dW = X ⋆ dZ{0}</source>
        <translation>閉式 dW = X ⋆ dZ{0}</translation>
    </message>
    <message>
        <source>scipy.signal.correlate2d of the padded input with dZ (dilated by the stride); dilation picks every d-th lag.</source>
        <translation>已填充輸入與 dZ（按步長擴張）的 scipy.signal.correlate2d；擴張率取每第 d 個位移。</translation>
    </message>
    <message>
        <source>closed dX = dZ ⋆ rot180(W){0}</source>
        <translation>閉式 dX = dZ ⋆ rot180(W){0}</translation>
    </message>
    <message>
        <source>Full cross-correlation (⋆full) of dZ (dilated by the stride) with the kernel turned by 180°, folded back from the padding.</source>
        <translation>dZ（按步長擴張）與旋轉 180° 的卷積核的完整互相關（⋆full），再從填充區折回。</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>檢驗</translation>
    </message>
    <message>
        <source>Compare the accumulated gradients with central differences of the loss (kernel, bias, and the input on small crops) and with the closed forms (scipy.signal.correlate2d of the same dZ): neither runs the engine&apos;s backward</source>
        <translation>把累計梯度與損失的中心差分（卷積核、偏置，小裁切時還有輸入）以及閉式解（同一 dZ 的 scipy.signal.correlate2d）比較：兩者都不呼叫引擎的反向傳播</translation>
    </message>
    <message>
        <source>Closed forms (scipy correlate2d, not the engine) vs the stepped totals: {0}</source>
        <translation>閉式解（scipy correlate2d，不經引擎）對比逐步累計結果：{0}</translation>
    </message>
    <message>
        <source>max |closed − accumulated| over dW, dX and db = {0} (largest gradient {1})</source>
        <translation>dW、dX 和 db 上的 max |閉式 − 累計| = {0}（最大梯度 {1}）</translation>
    </message>
    <message>
        <source>skipped (input too large)</source>
        <translation>已略過（輸入太大）</translation>
    </message>
    <message>
        <source>central differences of the loss, and the closed forms</source>
        <translation>損失的中心差分，以及閉式解</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#b07000&apos;&gt;⚠ differs by {0} at a kink&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#b07000&apos;&gt;⚠ 在折點處相差 {0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The loss has no derivative at {0}: the gradient there is one side&apos;s (as in torch) and central differences average both sides. Closed forms: {1}</source>
        <translation>損失在 {0} 處不可導：那裡的梯度取一側的值（與 torch 相同），而中心差分對兩側取平均。閉式解：{1}</translation>
    </message>
    <message>
        <source>Check: {0}&lt;br&gt;{1}</source>
        <translation>檢驗：{0}&lt;br&gt;{1}</translation>
    </message>
    <message>
        <source>numerical (central differences) vs accumulated: dW {0}, db {1}, dX {2}
closed forms (scipy correlate2d, same dZ) vs accumulated: {3}
largest difference {4}, relative to the largest gradient ({5}): {6}</source>
        <translation>數值（中心差分）對比累計：dW {0}，db {1}，dX {2}
閉式解（scipy correlate2d，同一 dZ）對比累計：{3}
最大差異 {4}，相對於最大梯度（{5}）：{6}</translation>
    </message>
</context>
<context>
    <name>Formula</name>
    <message>
        <source>{0} and {1} more</source>
        <translation>{0} 及另外 {1} 個</translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <translation>{0} 和 {1}</translation>
    </message>
    <message>
        <source>Σ of {0} products</source>
        <translation>{0} 個乘積之和 Σ</translation>
    </message>
    <message>
        <source> + … ({0} more)</source>
        <translation> + …（還有 {0} 項）</translation>
    </message>
</context>
<context>
    <name>ForwardPanel</name>
    <message>
        <source>input (padded)</source>
        <translation>輸入（已填充）</translation>
    </message>
    <message>
        <source>The padded input; hatched cells are padding. The orange frame is the window under the kernel at this step. In RGB, the channel chosen above.</source>
        <translation>已填充的輸入；帶斜線的儲存格是填充。橙框是這一步卷積核下方的視窗。RGB 時為上方所選的通道。</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>卷積核</translation>
    </message>
    <message>
        <source>The filter being slid over the input (turned by 180° when &apos;flip&apos; is on); in RGB, its slice for the channel shown.</source>
        <translation>在輸入上滑動的濾波器（開啟「翻轉卷積核」時旋轉 180°）；RGB 時為所顯示通道的切片。</translation>
    </message>
    <message>
        <source>window × kernel</source>
        <translation>視窗 × 卷積核</translation>
    </message>
    <message>
        <source>Each input value times its weight; their sum (over every channel) is the output before bias. Numbers up to 7×7, a heat map beyond.</source>
        <translation>每個輸入值乘以它的權重；它們（所有通道）的和就是加偏置前的輸出。7×7 以內顯示數字，更大時顯示熱圖。</translation>
    </message>
    <message>
        <source>feature map</source>
        <translation>特徵圖</translation>
    </message>
    <message>
        <source>Output cells fill in step by step; the faint squares are not computed yet. The yellow frame is the cell pinned in the explorer.</source>
        <translation>輸出儲存格逐步填入；淺色方塊尚未計算。黃框是在單層探索中固定的儲存格。</translation>
    </message>
    <message>
        <source>pooled</source>
        <translation>池化結果</translation>
    </message>
    <message>
        <source>Pooling windows slide over the finished feature map; hatched feature-map cells are read by no pooling window.</source>
        <translation>池化視窗在算好的特徵圖上滑動；帶斜線的特徵圖儲存格不被任何池化視窗讀取。</translation>
    </message>
    <message>
        <source>The arithmetic of the current step</source>
        <translation>目前這一步的算式</translation>
    </message>
    <message>
        <source>feature map {0}</source>
        <translation>特徵圖 {0}</translation>
    </message>
    <message>
        <source>pooled {0}</source>
        <translation>池化結果 {0}</translation>
    </message>
    <message>
        <source>input{0} {1} (padded: {2})</source>
        <translation>輸入{0} {1}（填充後：{2}）</translation>
    </message>
    <message>
        <source>input{0} {1}</source>
        <translation>輸入{0} {1}</translation>
    </message>
    <message>
        <source>kernel{0} {1}, turned 180° (flip)</source>
        <translation>卷積核{0} {1}，旋轉 180°（翻轉）</translation>
    </message>
    <message>
        <source>kernel{0} {1}</source>
        <translation>卷積核{0} {1}</translation>
    </message>
    <message>
        <source>window × kernel{0}</source>
        <translation>視窗 × 卷積核{0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;conv&lt;/b&gt; {0}: output {1} = </source>
        <translation>&lt;b&gt;卷積&lt;/b&gt; {0}：輸出 {1} = </translation>
    </message>
    <message>
        <source>+ bias {0} = {1} (no activation) → &lt;b&gt;{2}&lt;/b&gt;</source>
        <translation>+ 偏置 {0} = {1}（無激活函數）→ &lt;b&gt;{2}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>+ bias {0} = {1} → {2}({1}) = &lt;b&gt;{3}&lt;/b&gt;</source>
        <translation>+ 偏置 {0} = {1} → {2}({1}) = &lt;b&gt;{3}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0} pool&lt;/b&gt; step {1}: pooled {2} = {3}(</source>
        <translation>&lt;b&gt;{0}池化&lt;/b&gt; 第 {1} 步：池化結果 {2} = {3}(</translation>
    </message>
    <message>
        <source>) = &lt;b&gt;{0}&lt;/b&gt;, from cell {1}</source>
        <translation>) = &lt;b&gt;{0}&lt;/b&gt;，來自儲存格 {1}</translation>
    </message>
    <message>
        <source>{0} values</source>
        <translation>{0} 個值</translation>
    </message>
    <message>
        <source>{0} fit down and across</source>
        <translation>縱向和橫向都能放下 {0} 個</translation>
    </message>
    <message>
        <source>{0} fit down and {1} across</source>
        <translation>縱向能放下 {0} 個、橫向能放下 {1} 個</translation>
    </message>
    <message>
        <source>row {0}</source>
        <translation>第 {0} 列</translation>
    </message>
    <message>
        <source>rows {0}</source>
        <translation>第 {0} 列</translation>
    </message>
    <message>
        <source>column {0}</source>
        <translation>第 {0} 欄</translation>
    </message>
    <message>
        <source>columns {0}</source>
        <translation>第 {0} 欄</translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <translation>{0}和{1}</translation>
    </message>
    <message>
        <source>{0}×{1} windows, stride {2}: {3} the {4}×{5} map, so {6} (hatched) are left out.</source>
        <translation>{0}×{1} 視窗，步長 {2}：在 {4}×{5} 的特徵圖上{3}，所以{6}（帶斜線）被捨棄。</translation>
    </message>
</context>
<context>
    <name>LearnPanel</name>
    <message>
        <source>random (He)</source>
        <translation>隨機（He）</translation>
    </message>
    <message>
        <source>current kernel</source>
        <translation>目前卷積核</translation>
    </message>
    <message>
        <source>zeros</source>
        <translation>全零</translation>
    </message>
    <message>
        <source>The kernel whose output the learner tries to reproduce</source>
        <translation>學習器要重現其輸出的卷積核</translation>
    </message>
    <message>
        <source>Update rule: plain SGD, SGD with momentum 0.9, or Adam</source>
        <translation>更新規則：普通 SGD、動量 0.9 的 SGD，或 Adam</translation>
    </message>
    <message>
        <source>Learning rate (step size)</source>
        <translation>學習率（步子大小）</translation>
    </message>
    <message>
        <source>Initial weights: random, the bank&apos;s current kernel, or zeros</source>
        <translation>初始權重：隨機、卷積核庫中的目前卷積核，或全零</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>學習</translation>
    </message>
    <message>
        <source>Start or pause gradient descent</source>
        <translation>開始或暫停梯度下降</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重設</translation>
    </message>
    <message>
        <source>Start again from the initial weights</source>
        <translation>從初始權重重新開始</translation>
    </message>
    <message>
        <source>Copy to bank</source>
        <translation>複製到卷積核庫</translation>
    </message>
    <message>
        <source>Put the learned kernel and bias into the current filter of the kernel bank (undoable)</source>
        <translation>把學到的卷積核和偏置放入卷積核庫的目前濾波器（可復原）</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>最佳化器</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>學習率</translation>
    </message>
    <message>
        <source>start from</source>
        <translation>初始值</translation>
    </message>
    <message>
        <source>Iteration, loss and distance to the target kernel</source>
        <translation>迭代次數、損失以及與目標卷積核的距離</translation>
    </message>
    <message>
        <source>loss ½·Σ(y − t)² / N (the mean: one learning rate suits any size)</source>
        <translation>損失 ½·Σ(y − t)² / N（取平均：同一個學習率適用於任何尺寸）</translation>
    </message>
    <message>
        <source>Loss per iteration (log scale)</source>
        <translation>每次迭代的損失（對數刻度）</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>迭代</translation>
    </message>
    <message>
        <source>learned kernel</source>
        <translation>學到的卷積核</translation>
    </message>
    <message>
        <source>The weights being learned</source>
        <translation>正在學習的權重</translation>
    </message>
    <message>
        <source>target kernel</source>
        <translation>目標卷積核</translation>
    </message>
    <message>
        <source>The kernel that made the target output</source>
        <translation>產生目標輸出的卷積核</translation>
    </message>
    <message>
        <source>output</source>
        <translation>輸出</translation>
    </message>
    <message>
        <source>The layer&apos;s output with the learned kernel</source>
        <translation>這一層用學到的卷積核得到的輸出</translation>
    </message>
    <message>
        <source>target output</source>
        <translation>目標輸出</translation>
    </message>
    <message>
        <source>What the output should become</source>
        <translation>輸出應當變成的樣子</translation>
    </message>
    <message>
        <source>the centre {0}×{1} crop of the image, in gray (BT.601 luma)</source>
        <translation>影像中央 {0}×{1} 的裁切，灰階（BT.601 亮度）</translation>
    </message>
    <message>
        <source>Press Learn: it learns a kernel and a bias on {0}.</source>
        <translation>按「學習」：它在{0}上學習一個卷積核和一個偏置。</translation>
    </message>
    <message>
        <source>Cannot learn with these settings: {0}</source>
        <translation>用這些設定無法學習：{0}</translation>
    </message>
    <message>
        <source>iteration {0}, loss {1}, bias {2}, max |learned − target| = &lt;b&gt;{3}&lt;/b&gt; — stopped: {4}</source>
        <translation>迭代 {0}，損失 {1}，偏置 {2}，max |學到 − 目標| = &lt;b&gt;{3}&lt;/b&gt; — 已停止：{4}</translation>
    </message>
    <message>
        <source>iteration {0}, loss {1}, bias {2}, max |learned − target| = &lt;b&gt;{3}&lt;/b&gt;</source>
        <translation>迭代 {0}，損失 {1}，偏置 {2}，max |學到 − 目標| = &lt;b&gt;{3}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暫停</translation>
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
        <translation>逐步演示所走過的內容：這一層輸入的一塊裁切，灰階或 RGB 與單層探索相同（置中，或圍繞在單層探索中固定的輸出儲存格），每個數字都看得清的小數字圖，或整幅影像</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>正在計算…</translation>
    </message>
    <message>
        <source>The pages are being rebuilt; they show the last result meanwhile</source>
        <translation>各頁面正在重建；在此期間顯示上一次的結果</translation>
    </message>
    <message>
        <source>input:</source>
        <translation>輸入：</translation>
    </message>
    <message>
        <source>order:</source>
        <translation>順序：</translation>
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
        <translation>學習卷積核</translation>
    </message>
    <message>
        <source>Step through the forward pass</source>
        <translation>逐步走過前向傳播</translation>
    </message>
    <message>
        <source>Step the gradients back through the layer</source>
        <translation>逐步把梯度反向傳過這一層</translation>
    </message>
    <message>
        <source>Gradient descent toward a target kernel</source>
        <translation>朝目標卷積核做梯度下降</translation>
    </message>
    <message>
        <source>&lt;i&gt;Learn a kernel&lt;/i&gt; learns on its own input: {0} (not the input chosen here)</source>
        <translation>&lt;i&gt;學習卷積核&lt;/i&gt;使用它自己的輸入：{0}（不是這裡選擇的輸入）</translation>
    </message>
    <message>
        <source>The learner fits one kernel and a bias by gradient descent on the centre crop of the image (at most 64×64), converted to gray (BT.601 luma) whatever the colour mode.</source>
        <translation>學習器在影像中央的裁切（最大 64×64）上用梯度下降擬合一個卷積核和一個偏置；無論色彩模式如何，都先轉為灰階（BT.601 亮度）。</translation>
    </message>
    <message>
        <source>cannot step this layer: {0}</source>
        <translation>無法逐步演示這一層：{0}</translation>
    </message>
    <message>
        <source>3×{0}×{1} kernel (the same on R, G, B)</source>
        <translation>3×{0}×{1} 卷積核（R、G、B 相同）</translation>
    </message>
    <message>
        <source>3×{0}×{1} kernel (one per channel)</source>
        <translation>3×{0}×{1} 卷積核（每個通道一個）</translation>
    </message>
    <message>
        <source>{0}×{1} kernel</source>
        <translation>{0}×{1} 卷積核</translation>
    </message>
    <message>
        <source>{0}×{1} kernel (R + G + B summed)</source>
        <translation>{0}×{1} 卷積核（R + G + B 求和）</translation>
    </message>
    <message>
        <source>no activation</source>
        <translation>無激活函數</translation>
    </message>
    <message>
        <source>no pooling</source>
        <translation>無池化</translation>
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
        <translation>{0}×{1} 灰階</translation>
    </message>
    <message>
        <source>filter {0}: {1}</source>
        <translation>濾波器 {0}：{1}</translation>
    </message>
    <message>
        <source>bias {0}</source>
        <translation>偏置 {0}</translation>
    </message>
    <message>
        <source>pinned ({0}, {1}) = pooled {2} here</source>
        <translation>固定的 ({0}, {1}) = 這裡的池化結果 {2}</translation>
    </message>
    <message>
        <source>pinned ({0}, {1}) = output {2} here</source>
        <translation>固定的 ({0}, {1}) = 這裡的輸出 {2}</translation>
    </message>
    <message>
        <source>The explorer&apos;s pinned {0} cell (row {1}, col {2}) of map {3} is {4} here: its window reads the same pixels, so its value is the explorer&apos;s (framed in yellow).</source>
        <translation>單層探索中第 {3} 張特徵圖上固定的 {0} 儲存格（第 {1} 列，第 {2} 欄）在這裡是 {4}：它的視窗讀取相同的像素，所以它的值與單層探索中的相同（黃框標出）。</translation>
    </message>
    <message>
        <source>the three channels R, G and B, each with its slice of the kernel; the channel sums add up, then the bias</source>
        <translation>R、G、B 三個通道，各用卷積核的一個切片；各通道的和相加，再加偏置</translation>
    </message>
    <message>
        <source>the gray (BT.601 luma) input</source>
        <translation>灰階（BT.601 亮度）輸入</translation>
    </message>
    <message>
        <source>Input: {0}, {1}×{2}, {3}, as the explorer computes it in this colour mode. Filter {4} of the bank, {5}; bias {6}; activation {7}; {8}.</source>
        <translation>輸入：{0}，{1}×{2}，{3}，與單層探索在這種色彩模式下的計算相同。卷積核庫的濾波器 {4}，{5}；偏置 {6}；激活函數 {7}；{8}。</translation>
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
        <translation>後退一步（←）</translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation>播放 / 暫停（空白鍵）</translation>
    </message>
    <message>
        <source>One step forward (Right)</source>
        <translation>前進一步（→）</translation>
    </message>
    <message>
        <source>Jump to the last step (End)</source>
        <translation>跳到最後一步（End）</translation>
    </message>
    <message>
        <source>Slower (−)</source>
        <translation>減速（−）</translation>
    </message>
    <message>
        <source>Faster (+)</source>
        <translation>加速（+）</translation>
    </message>
    <message>
        <source>Steps per second while playing</source>
        <translation>播放時每秒的步數</translation>
    </message>
    <message>
        <source>Drag to any step; seeking is instant</source>
        <translation>拖到任意一步；跳轉即時完成</translation>
    </message>
    <message>
        <source>Current step / number of steps</source>
        <translation>目前步 / 總步數</translation>
    </message>
    <message>
        <source>Export animation…</source>
        <translation>匯出動畫…</translation>
    </message>
    <message>
        <source>Save this layer&apos;s pass as an animated GIF or MP4 for slides</source>
        <translation>把這一層的傳播過程存為 GIF 動畫或 MP4，用於投影片</translation>
    </message>
    <message>
        <source>step {0} / {1}</source>
        <translation>第 {0} / {1} 步</translation>
    </message>
    <message>
        <source>no steps</source>
        <translation>沒有步驟</translation>
    </message>
    <message>
        <source>{0} steps/s</source>
        <translation>{0} 步/秒</translation>
    </message>
</context>
</TS>
