<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>CodeGen</name>
    <message>
        <source>PyTorch is NCHW with convviz&apos;s weight layouts; its padding=&apos;same&apos; is stride 1 only, so TF&apos;s SAME at a stride (and any uneven padding) is an explicit nn.ZeroPad2d.</source>
        <translation>PyTorch 為 NCHW，權重配置與 convviz 相同；它的 padding=&apos;same&apos; 只支援步長 1，所以帶步長的 TF SAME（以及任何不對稱的填充）會寫成顯式的 nn.ZeroPad2d。</translation>
    </message>
    <message>
        <source>Keras is NHWC: feed x.transpose(0, 2, 3, 1); kernels are HWIO (w.transpose(2, 3, 1, 0)); its &apos;same&apos; puts the odd extra cell bottom/right, at any stride.</source>
        <translation>Keras 為 NHWC：輸入請用 x.transpose(0, 2, 3, 1)；卷積核為 HWIO（w.transpose(2, 3, 1, 0)）；它的 &apos;same&apos; 在任何步長下都把多出的那個儲存格放在下方/右側。</translation>
    </message>
    <message>
        <source>tf.nn is NHWC with HWIO filters; SAME is TensorFlow&apos;s own, explicit pads are tf.pad; the function model(x) reads the tf.Variables defined above it.</source>
        <translation>tf.nn 為 NHWC，濾波器為 HWIO；SAME 是 TensorFlow 自己的定義，顯式填充用 tf.pad；函式 model(x) 會讀取在它上方定義的 tf.Variable。</translation>
    </message>
</context>
<context>
    <name>LayerAdapter</name>
    <message>
        <source>global pooling is not stepped here</source>
        <translation>全域池化在這裡不逐步演示</translation>
    </message>
    <message>
        <source>{kind} pooling is not stepped here (only VALID is); the explorer shows it</source>
        <translation>{kind} 池化在這裡不逐步演示（只演示 VALID）；單層探索中可以看到它</translation>
    </message>
</context>
<context>
    <name>LayerComparison</name>
    <message>
        <source>stride</source>
        <translation>步長</translation>
    </message>
    <message>
        <source>padding</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>top pad</source>
        <translation>上填充</translation>
    </message>
    <message>
        <source>bottom pad</source>
        <translation>下填充</translation>
    </message>
    <message>
        <source>left pad</source>
        <translation>左填充</translation>
    </message>
    <message>
        <source>right pad</source>
        <translation>右填充</translation>
    </message>
    <message>
        <source>pad mode</source>
        <translation>填充方式</translation>
    </message>
    <message>
        <source>dilation</source>
        <translation>擴張率</translation>
    </message>
    <message>
        <source>true convolution</source>
        <translation>真卷積</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>偏置</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>激活函數</translation>
    </message>
    <message>
        <source>pooling</source>
        <translation>池化</translation>
    </message>
    <message>
        <source>pool size</source>
        <translation>池化尺寸</translation>
    </message>
    <message>
        <source>pool stride</source>
        <translation>池化步長</translation>
    </message>
    <message>
        <source>pool padding</source>
        <translation>池化邊緣</translation>
    </message>
    <message>
        <source>ceil mode</source>
        <translation>ceil 模式</translation>
    </message>
    <message>
        <source>on</source>
        <translation>開</translation>
    </message>
    <message>
        <source>off</source>
        <translation>關</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>VALID</translation>
    </message>
    <message>
        <source>same</source>
        <translation>SAME</translation>
    </message>
    <message>
        <source>explicit</source>
        <translation>顯式</translation>
    </message>
    <message>
        <source>ceil</source>
        <translation>ceil 模式</translation>
    </message>
    <message>
        <source>zeros</source>
        <translation>補零</translation>
    </message>
    <message>
        <source>reflect</source>
        <translation>鏡像</translation>
    </message>
    <message>
        <source>replicate</source>
        <translation>複製邊緣</translation>
    </message>
    <message>
        <source>circular</source>
        <translation>循環</translation>
    </message>
    <message>
        <source>max</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>avg</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>global max</source>
        <translation>全域最大</translation>
    </message>
    <message>
        <source>global avg</source>
        <translation>全域平均</translation>
    </message>
    <message>
        <source>gray</source>
        <translation>灰階</translation>
    </message>
    <message>
        <source>rgb</source>
        <translation>RGB</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>卷積核</translation>
    </message>
    <message>
        <source>stride {stride}</source>
        <translation>步長 {stride}</translation>
    </message>
    <message>
        <source>dilation {dilation}</source>
        <translation>擴張率 {dilation}</translation>
    </message>
    <message>
        <source>{kind} pool ({edge})</source>
        <translation>{kind}池化（{edge}）</translation>
    </message>
    <message>
        <source>{kind} pool</source>
        <translation>{kind}池化</translation>
    </message>
    <message>
        <source>the kernel</source>
        <translation>卷積核</translation>
    </message>
    <message>
        <source>the image</source>
        <translation>影像</translation>
    </message>
    <message>
        <source>channels {old} → {new}</source>
        <translation>通道 {old} → {new}</translation>
    </message>
    <message>
        <source>output {h0}×{w0} → {h1}×{w1}</source>
        <translation>輸出 {h0}×{w0} → {h1}×{w1}</translation>
    </message>
</context>
<context>
    <name>LayerCompute</name>
    <message>
        <source>filter {n}</source>
        <translation>濾波器 {n}</translation>
    </message>
    <message>
        <source>Internal error while computing: {error}</source>
        <translation>計算時發生內部錯誤：{error}</translation>
    </message>
</context>
<context>
    <name>LayerExplain</name>
    <message>
        <source>filled with zeros</source>
        <translation>以零填滿</translation>
    </message>
    <message>
        <source>mirrored from the image (without repeating the edge pixel)</source>
        <translation>由影像鏡像而來（不重複邊緣像素）</translation>
    </message>
    <message>
        <source>copies of the nearest edge pixel</source>
        <translation>複製最近的邊緣像素</translation>
    </message>
    <message>
        <source>wrapped around from the opposite side</source>
        <translation>從對側環繞過來</translation>
    </message>
    <message>
        <source>&lt;p&gt;VALID pooling: only whole blocks; cells past the last one are left out.&lt;/p&gt;</source>
        <translation>&lt;p&gt;VALID 池化：只取完整的區塊；最後一個區塊之後的儲存格會被捨去。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Ceil mode (torch): a last block may overhang the map; the cells it lacks are ignored.&lt;/p&gt;</source>
        <translation>&lt;p&gt;ceil 模式（torch）：最後一個區塊可以超出特徵圖；它缺少的儲存格會被忽略。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;SAME pooling (TensorFlow, Keras): the map is padded so that the output is the input divided by the stride, rounded up; the padded cells never win a max and are not counted in an average.&lt;/p&gt;</source>
        <translation>&lt;p&gt;SAME 池化（TensorFlow、Keras）：先對特徵圖進行填充，使輸出等於輸入除以步長後無條件進位；填充的儲存格永遠不會成為最大值，也不計入平均值。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Convolution.&lt;/b&gt; A {kh}×{kw} kernel slides over the {h}×{w} image ({c} channels).</source>
        <translation>&lt;p&gt;&lt;b&gt;卷積。&lt;/b&gt;一個 {kh}×{kw} 的卷積核在 {h}×{w} 的影像（{c} 個通道）上滑動。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Convolution.&lt;/b&gt; A {kh}×{kw} kernel slides over the {h}×{w} image ({c} channel).</source>
        <translation>&lt;p&gt;&lt;b&gt;卷積。&lt;/b&gt;一個 {kh}×{kw} 的卷積核在 {h}×{w} 的影像（{c} 個通道）上滑動。</translation>
    </message>
    <message>
        <source> At each position it multiplies the {n} numbers under it by its weights and adds them up plus the bias: one number of the feature map.</source>
        <translation>在每個位置，它把下方的 {n} 個數分別乘以對應的權重，相加後再加上偏置：得到特徵圖中的一個數。</translation>
    </message>
    <message>
        <source> At each position it multiplies the {n} numbers under it by its weights and adds them up: one number of the feature map.</source>
        <translation>在每個位置，它把下方的 {n} 個數分別乘以對應的權重再相加：得到特徵圖中的一個數。</translation>
    </message>
    <message>
        <source> This is true convolution (the kernel is flipped first).</source>
        <translation>這是真卷積（先翻轉卷積核）。</translation>
    </message>
    <message>
        <source> This is cross-correlation, which is what CNN libraries call convolution (no flip).</source>
        <translation>這是互相關，也就是 CNN 函式庫所說的卷積（不翻轉）。</translation>
    </message>
    <message>
        <source> There is {f} filter, so {f} feature map of {oh}×{ow}.&lt;/p&gt;</source>
        <translation>共有 {f} 個濾波器，所以得到 {f} 張 {oh}×{ow} 的特徵圖。&lt;/p&gt;</translation>
    </message>
    <message>
        <source> There are {f} filters, so {f} feature maps of {oh}×{ow}.&lt;/p&gt;</source>
        <translation>共有 {f} 個濾波器，所以得到 {f} 張 {oh}×{ow} 的特徵圖。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Stride {s}.&lt;/b&gt; The kernel moves {s} cell at a time, visiting every position: the output is as large as the input, less what the kernel cannot reach.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;步長 {s}。&lt;/b&gt;卷積核每次移動 {s} 個儲存格，走過每一個位置：輸出與輸入一樣大，只少了卷積核碰不到的部分。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Stride {s}.&lt;/b&gt; The kernel moves {s} cells at a time, skipping {skip} of every {s} positions: the output is about 1/{s} of the input each way.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;步長 {s}。&lt;/b&gt;卷積核每次移動 {s} 個儲存格，每 {s} 個位置跳過 {skip} 個：輸出在每個方向上約為輸入的 1/{s}。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Padding VALID.&lt;/b&gt; No padding: the kernel stays inside the image, so the output shrinks by the kernel&apos;s span minus one ({oh}×{ow}).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;VALID 填充。&lt;/b&gt;不填充：卷積核始終留在影像內部，所以輸出縮小的量為卷積核跨度減一（{oh}×{ow}）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Padding SAME (chosen so the output is ⌈input/stride⌉).&lt;/b&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;SAME 填充（選擇填充量使輸出為 ⌈輸入/步長⌉）。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Padding explicit.&lt;/b&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;顯式填充。&lt;/b&gt;</translation>
    </message>
    <message>
        <source> {t} row(s) on top, {b} below, {l} column(s) left, {r} right, {mode}. The ring around the image shows them; the padded input is {ph}×{pw}.&lt;/p&gt;</source>
        <translation>上方 {t} 列，下方 {b} 列，左側 {l} 欄，右側 {r} 欄，{mode}。影像周圍的一圈顯示了它們；填充後的輸入為 {ph}×{pw}。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Dilation 1.&lt;/b&gt; The taps are next to each other (no holes).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;擴張率 1。&lt;/b&gt;各抽頭彼此相鄰（沒有空洞）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Dilation {d}.&lt;/b&gt; The kernel&apos;s taps are {d} cells apart, so it covers {sh}×{sw} cells with only {kh}×{kw} weights; the skipped cells are the holes in the highlight.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;擴張率 {d}。&lt;/b&gt;卷積核的抽頭相隔 {d} 個儲存格，所以它只用 {kh}×{kw} 個權重就涵蓋了 {sh}×{sw} 個儲存格；被跳過的儲存格就是標示區域中的空洞。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Pooling.&lt;/b&gt; None: the feature maps are the layer&apos;s output.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;池化。&lt;/b&gt;無：特徵圖就是這一層的輸出。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Global pooling.&lt;/b&gt; Each whole feature map becomes one number, its largest value: {f} number in total.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;全域池化。&lt;/b&gt;每張完整的特徵圖變成一個數，即它的最大值：共 {f} 個數。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Global pooling.&lt;/b&gt; Each whole feature map becomes one number, its largest value: {f} numbers in total.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;全域池化。&lt;/b&gt;每張完整的特徵圖變成一個數，即它的最大值：共 {f} 個數。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Global pooling.&lt;/b&gt; Each whole feature map becomes one number, its average value: {f} number in total.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;全域池化。&lt;/b&gt;每張完整的特徵圖變成一個數，即它的平均值：共 {f} 個數。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Global pooling.&lt;/b&gt; Each whole feature map becomes one number, its average value: {f} numbers in total.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;全域池化。&lt;/b&gt;每張完整的特徵圖變成一個數，即它的平均值：共 {f} 個數。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Pooling.&lt;/b&gt; Each {k}×{k} block (moving by {s}) of a feature map is replaced by its largest value: {oh}×{ow} → {ph}×{pw}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;池化。&lt;/b&gt;特徵圖中每個 {k}×{k} 的區塊（每次移動 {s}）被替換為它的最大值：{oh}×{ow} → {ph}×{pw}。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Pooling.&lt;/b&gt; Each {k}×{k} block (moving by {s}) of a feature map is replaced by its average: {oh}×{ow} → {ph}×{pw}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;池化。&lt;/b&gt;特徵圖中每個 {k}×{k} 的區塊（每次移動 {s}）被替換為它的平均值：{oh}×{ow} → {ph}×{pw}。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;What am I looking at?&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;我看到的是什麼？&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Current problem:&lt;/b&gt; {error}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;目前的問題：&lt;/b&gt;{error}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Waiting for a valid layer…&lt;/p&gt;</source>
        <translation>&lt;p&gt;正在等待一個有效的層…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Cost.&lt;/b&gt; {params} parameters, {mult_adds} multiply-adds.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;開銷。&lt;/b&gt;{params} 個參數，{mult_adds} 次乘加。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Hover an output cell to see the input cells that feed it; click to pin it and read its arithmetic; arrow keys move the pin.&lt;/p&gt;</source>
        <translation>&lt;p&gt;將滑鼠游標停在輸出儲存格上，可以看到為它提供輸入的儲存格；按一下可固定它並查看它的計算過程；方向鍵可移動固定的儲存格。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>LayerShapes</name>
    <message>
        <source>(SAME pads {before}+{after})</source>
        <translation>（SAME 填充 {before}+{after}）</translation>
    </message>
    <message>
        <source>(global: one value per map)</source>
        <translation>（全域：每張特徵圖一個值）</translation>
    </message>
    <message>
        <source>(ceil mode)</source>
        <translation>（ceil 模式）</translation>
    </message>
    <message>
        <source>− 1: the last window would start past the input (torch drops it)</source>
        <translation>− 1：最後一個視窗的起點會超出輸入（torch 會捨棄它）</translation>
    </message>
</context>
<context>
    <name>LayerValidation</name>
    <message>
        <source>rows</source>
        <translation>列</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>欄</translation>
    </message>
    <message>
        <source>height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>width</source>
        <translation>寬度</translation>
    </message>
    <message>
        <source>top</source>
        <translation>上</translation>
    </message>
    <message>
        <source>bottom</source>
        <translation>下</translation>
    </message>
    <message>
        <source>left</source>
        <translation>左</translation>
    </message>
    <message>
        <source>right</source>
        <translation>右</translation>
    </message>
    <message>
        <source>The {k}×{k} pooling window does not fit the {h}×{w} feature map. Use a smaller pool size or less stride.</source>
        <translation>{k}×{k} 的池化視窗放不進 {h}×{w} 的特徵圖。請使用較小的池化尺寸或較小的步長。</translation>
    </message>
    <message>
        <source>Reflect padding mirrors the image, so each pad must be narrower than the image: {side} pad {pad} ≥ {size_word} {size}.</source>
        <translation>鏡像填充會把影像鏡像過來，所以每一側的填充都必須比影像窄：{side}填充 {pad} ≥ {size_word} {size}。</translation>
    </message>
    <message>
        <source>Circular padding wraps the image around, so a pad cannot exceed the image: {side} pad {pad} &gt; {size_word} {size}.</source>
        <translation>循環填充會把影像首尾相接地繞回來，所以填充不能超過影像：{side}填充 {pad} &gt; {size_word} {size}。</translation>
    </message>
    <message>
        <source>The kernel&apos;s dilated span is {reach} {cells} ({taps} taps, dilation {dilation}) but the padded input has only {padded}: the output would be empty. Add padding, lower the dilation or use a smaller kernel.</source>
        <translation>卷積核擴張後的跨度為 {reach} {cells}（{taps} 個抽頭，擴張率 {dilation}），但填充後的輸入只有 {padded}：輸出將為空。請增加填充、降低擴張率或使用較小的卷積核。</translation>
    </message>
</context>
</TS>
