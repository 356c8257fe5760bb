<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>Lessons</name>
    <message>
        <source>the lesson&apos;s picture</source>
        <translation>課例的影像</translation>
    </message>
    <message>
        <source>a lesson&apos;s input</source>
        <translation>課例的輸入</translation>
    </message>
    <message>
        <source>filter {n}</source>
        <translation>濾波器 {n}</translation>
    </message>
    <message>
        <source>5×5 input, 3×3 kernel (3×3 out)</source>
        <translation>5×5 輸入，3×3 卷積核（輸出 3×3）</translation>
    </message>
    <message>
        <source>5×5 input padded to 7×7 (5×5 out)</source>
        <translation>5×5 輸入填充到 7×7（輸出 5×5）</translation>
    </message>
    <message>
        <source>2×2 kernel on a 3×3 input</source>
        <translation>3×3 輸入上的 2×2 卷積核</translation>
    </message>
    <message>
        <source>Keras Conv2D(16, 2, strides=2), then Conv2D(32, 3, padding=&apos;same&apos;)</source>
        <translation>Keras：先 Conv2D(16, 2, strides=2)，再 Conv2D(32, 3, padding=&apos;same&apos;)</translation>
    </message>
    <message>
        <source>20 filters 8×8 on 32×32×3, stride 2, pad 1</source>
        <translation>32×32×3 上的 20 個 8×8 濾波器，步長 2，填充 1</translation>
    </message>
    <message>
        <source>MaxPooling2D(2, 2) on 100×100×15</source>
        <translation>在 100×100×15 上做 MaxPooling2D(2, 2)</translation>
    </message>
    <message>
        <source>MaxPooling2D(2, strides=1) on 100×100×15</source>
        <translation>在 100×100×15 上做 MaxPooling2D(2, strides=1)</translation>
    </message>
    <message>
        <source>2×2 average pooling, VALID, on 4×4×5</source>
        <translation>在 4×4×5 上做 2×2 平均池化（VALID）</translation>
    </message>
    <message>
        <source>Dilation 2: a 3×3 kernel that sees 5×5</source>
        <translation>擴張率 2：看到 5×5 的 3×3 卷積核</translation>
    </message>
    <message>
        <source>Two 3×3 convolutions vs one 5×5</source>
        <translation>兩個 3×3 卷積 vs 一個 5×5 卷積</translation>
    </message>
    <message>
        <source>The 1×1 bottleneck</source>
        <translation>1×1 卷積瓶頸層</translation>
    </message>
    <message>
        <source>Depthwise-separable 16→32</source>
        <translation>深度可分離卷積 16→32</translation>
    </message>
    <message>
        <source>Transposed convolution: 2×2 back to 5×5</source>
        <translation>轉置卷積：從 2×2 回到 5×5</translation>
    </message>
    <message>
        <source>Max pooling routes its gradient</source>
        <translation>最大池化如何傳遞梯度</translation>
    </message>
    <message>
        <source>Average pooling spreads its gradient</source>
        <translation>平均池化如何分攤梯度</translation>
    </message>
    <message>
        <source>Sobel as a separable kernel</source>
        <translation>Sobel：可分離的卷積核</translation>
    </message>
    <message>
        <source>1-D convolution: flip, slide, sum (why 卷积)</source>
        <translation>一維卷積：翻轉、滑動、求和（為什麼叫「卷積」）</translation>
    </message>
    <message>
        <source>1-D convolution over a sentence (NLP)</source>
        <translation>在句子上做一維卷積（自然語言處理）</translation>
    </message>
    <message>
        <source>{call} on a {size}×{size}×{channels} input, VALID as Keras&apos; default: ({size} − {k})/{s} + 1 = {h}, so {h}×{w}×{c} (Keras writes channels last; the summary writes ({c}, {h}, {w})).</source>
        <translation>在 {size}×{size}×{channels} 的輸入上做 {call}，依 Keras 的預設值用 VALID 填充：({size} − {k})/{s} + 1 = {h}，所以輸出是 {h}×{w}×{c}（Keras 把通道寫在最後；摘要寫作 ({c}, {h}, {w})）。</translation>
    </message>
    <message>
        <source>Its parameters: {c} filters × ({k}·{k}·{channels} weights + 1 bias) = {params}.</source>
        <translation>它的參數：{c} 個濾波器 × ({k}·{k}·{channels} 個權重 + 1 個偏置) = {params}。</translation>
    </message>
    <message>
        <source>{call} keeps {h}×{w} and makes {c} channels: {c} × ({k}·{k}·{c_in} + 1) = {params} parameters.</source>
        <translation>{call} 維持 {h}×{w} 不變，輸出 {c} 個通道：{c} × ({k}·{k}·{c_in} + 1) = {params} 個參數。</translation>
    </message>
    <message>
        <source>Together {params} parameters and {mult_adds} multiply-adds for one picture. Change a layer in the editor and the summary follows.</source>
        <translation>兩層合計 {params} 個參數，處理一張影像要 {mult_adds} 次乘加。在編輯器裡修改任何一層，摘要都會跟著更新。</translation>
    </message>
    <message>
        <source>Keras: {first}, then {second}</source>
        <translation>Keras：先 {first}，再 {second}</translation>
    </message>
    <message>
        <source>Keras writes shapes channels last ({h}×{w}×{c}), the summary channels first ({c}, {h}, {w}).</source>
        <translation>Keras 的形狀把通道寫在最後（{h}×{w}×{c}），摘要則把通道寫在最前（{c}, {h}, {w}）。</translation>
    </message>
    <message>
        <source>Multiply-adds on {size}×{size} maps: {first} against {second}.</source>
        <translation>在 {size}×{size} 的特徵圖上，乘加次數：{first} 對 {second}。</translation>
    </message>
    <message>
        <source>{depth} convolutions of {s}×{s} in a row see a {rf}×{rf} patch, as one {big}×{big} does: the second one&apos;s {s}×{s} window covers {s}×{s} cells of the first, each of which saw {s}×{s} pixels.</source>
        <translation>連續 {depth} 個 {s}×{s} 卷積的感受野是 {rf}×{rf}，和一個 {big}×{big} 卷積相同：第二個卷積的 {s}×{s} 視窗涵蓋第一個卷積輸出的 {s}×{s} 個儲存格，而其中每一個都看到了 {s}×{s} 個像素。</translation>
    </message>
    <message>
        <source>With {c_in} channels in and out: one {k}×{k} has {k}·{k}·{c_in}·{c_out} = {big_params} weights, the {depth} of {s}×{s} have {depth}·{s}·{s}·{c_in}·{c_out} = {small_params} ({percent}), with a nonlinearity between them for free.</source>
        <translation>輸入、輸出都是 {c_in} 個通道時：一個 {k}×{k} 卷積有 {k}·{k}·{c_in}·{c_out} = {big_params} 個權重，{depth} 個 {s}×{s} 卷積只有 {depth}·{s}·{s}·{c_in}·{c_out} = {small_params} 個（{percent}），而且兩層之間還能多加一個非線性激活函數，不多花一個參數。</translation>
    </message>
    <message>
        <source>A {k}×{k} convolution from {size}×{size}×{c_in} to {c_out} channels (SAME): {size}·{size}·{c_out} outputs × {k}·{k}·{c_in} = {mult_adds} multiplies.</source>
        <translation>一個從 {size}×{size}×{c_in} 到 {c_out} 個通道的 {k}×{k} 卷積（SAME 填充）：{size}·{size}·{c_out} 個輸出 × {k}·{k}·{c_in} = {mult_adds} 次乘法。</translation>
    </message>
    <message>
        <source>A 1×1 convolution down to {b} channels first costs {size}·{size}·{b} × {c_in} = {one}; the {k}×{k} then reads only {b} channels: {five}.</source>
        <translation>先用 1×1 卷積把通道降到 {b} 個，成本是 {size}·{size}·{b} × {c_in} = {one}；之後的 {k}×{k} 卷積只需讀取 {b} 個通道：{five}。</translation>
    </message>
    <message>
        <source>Together {total}, {ratio} times fewer, for the same {shape} output.</source>
        <translation>合計 {total}，少了 {ratio} 倍，輸出仍是同樣的 {shape}。</translation>
    </message>
    <message>
        <source>A standard {k}×{k} convolution from {c_in} to {c_out} channels has {k}·{k}·{c_in}·{c_out} = {params} weights.</source>
        <translation>一個從 {c_in} 個通道到 {c_out} 個通道的標準 {k}×{k} 卷積有 {k}·{k}·{c_in}·{c_out} = {params} 個權重。</translation>
    </message>
    <message>
        <source>Depthwise-separable: one {k}×{k} filter per input channel ({depthwise} weights), then a 1×1 convolution that mixes the channels ({c_in}·{c_out} = {pointwise}): {params} in all, {percent} of the standard one.</source>
        <translation>深度可分離卷積：每個輸入通道各用一個 {k}×{k} 濾波器（{depthwise} 個權重），再用一個 1×1 卷積混合各通道（{c_in}·{c_out} = {pointwise}）：一共 {params} 個，是標準卷積的 {percent}。</translation>
    </message>
    <message>
        <source>A {k}×{k} convolution with stride {stride} and padding {padding} takes a {big} map to ({n} − {k} + 2·{padding})/{stride} + 1 = {back}, so {small}. The transposed convolution goes the other way.</source>
        <translation>步長 {stride}、填充 {padding} 的 {k}×{k} 卷積把 {big} 的特徵圖變成 ({n} − {k} + 2·{padding})/{stride} + 1 = {back}，也就是 {small}。轉置卷積則反過來走。</translation>
    </message>
    <message>
        <source>Output size = (in − 1)·stride − 2·padding + kernel + output padding = ({size} − 1)·{stride} − 2·{padding} + {k} + {output_padding} = {out}: each of the {cells} input cells stamps value × kernel into a {big} map, {stride} cells apart, and overlapping stamps add.</source>
        <translation>輸出尺寸 = (輸入 − 1)·步長 − 2·填充 + 卷積核 + 輸出填充 = ({size} − 1)·{stride} − 2·{padding} + {k} + {output_padding} = {out}：{cells} 個輸入儲存格各自把「數值 × 卷積核」印到 {big} 的特徵圖上，相鄰兩次相隔 {stride} 個儲存格，重疊的部分相加。</translation>
    </message>
    <message>
        <source>As matrices: the convolution is a {rows}×{cols} matrix C, and the transposed convolution is Cᵀ ({cols}×{rows}). It brings back the shape, not the values.</source>
        <translation>寫成矩陣：卷積是一個 {rows}×{cols} 的矩陣 C，轉置卷積就是 Cᵀ（{cols}×{rows}）。它還原的是形狀，而不是數值。</translation>
    </message>
    <message>
        <source>numpy.correlate slides h without flipping it: {correlated}. They agree: this kernel reads the same backwards.</source>
        <translation>numpy.correlate 不翻轉 h 直接滑動：{correlated}。兩者相同：這個卷積核倒過來讀也一樣。</translation>
    </message>
    <message>
        <source>numpy.correlate slides h without flipping it: {correlated}. They differ.</source>
        <translation>numpy.correlate 不翻轉 h 直接滑動：{correlated}。兩者不同。</translation>
    </message>
    <message>
        <source>The signal x = {x} and the kernel h = {h}.</source>
        <translation>訊號 x = {x}，卷積核 h = {h}。</translation>
    </message>
    <message>
        <source>y[n] = Σₖ h[k]·x[n − k]: flip h, slide it along x, and sum the products under it. numpy.convolve gives {convolved} ({count} = {n} + {k} − 1 values).</source>
        <translation>y[n] = Σₖ h[k]·x[n − k]：把 h 翻轉，沿著 x 滑動，再把它下面的乘積加總。numpy.convolve 給出 {convolved}（{count} = {n} + {k} − 1 個值）。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>filter {n} keeps &apos;{trigram}&apos; ({value})</source>
        <translation>濾波器 {n} 保留「{trigram}」（{value}）</translation>
    </message>
    <message>
        <source>&apos;{sentence}&apos; as {length} word vectors of {dim} numbers: a {dim}×{length} matrix.</source>
        <translation>把「{sentence}」寫成 {length} 個 {dim} 維詞向量：一個 {dim}×{length} 的矩陣。</translation>
    </message>
    <message>
        <source>A filter of width {width} is {dim}×{width} ({weights} weights): as tall as the vectors, so it slides along the words only, {length} − {width} + 1 = {outputs} places, one trigram each.</source>
        <translation>寬度為 {width} 的濾波器是 {dim}×{width}（{weights} 個權重）：它和詞向量一樣高，所以只能沿著詞的方向滑動，共 {length} − {width} + 1 = {outputs} 個位置，每個位置讀一個三詞組。</translation>
    </message>
    <message>
        <source>Max over time keeps each filter&apos;s strongest trigram: {best}. A sentence of any length gives one number per filter.</source>
        <translation>時間維度上的最大池化為每個濾波器保留反應最強的三詞組：{best}。不論句子多長，每個濾波器都只得到一個數。</translation>
    </message>
    <message>
        <source>With zero padding {pad} on each side the input is {wider}×{wider}: (W − F + 2P)/S + 1 = ({n} − {k} + 2·{pad})/{stride} + 1 = {out}, so the output keeps the input&apos;s {shape}. For a {k}×{k} kernel this is what SAME padding does: P = (F − 1)/2 = {pad}.</source>
        <translation>四周各補 {pad} 圈零（零填充）後，輸入變成 {wider}×{wider}：(W − F + 2P)/S + 1 = ({n} − {k} + 2·{pad})/{stride} + 1 = {out}，所以輸出維持輸入的 {shape}。對 {k}×{k} 卷積核來說，這正是 SAME 填充的做法：P = (F − 1)/2 = {pad}。</translation>
    </message>
    <message>
        <source>The corner output now reads the padding: {terms} = {value}. The whole output: {output}.</source>
        <translation>現在角落的輸出也讀到了填充的零：{terms} = {value}。完整的輸出：{output}。</translation>
    </message>
    <message>
        <source>VALID (no padding), stride {stride}: (W − F)/S + 1 = ({n} − {k})/{stride} + 1 = {rows}, so the output is {shape}: the kernel fits in {across} places across and {rows} down.</source>
        <translation>VALID（不填充），步長 {stride}：(W − F)/S + 1 = ({n} − {k})/{stride} + 1 = {rows}，所以輸出是 {shape}：卷積核橫向能放 {across} 個位置，縱向能放 {rows} 個。</translation>
    </message>
    <message>
        <source>The top-left output sums the input cells under the kernel&apos;s 1s: {terms} = {value}. The whole output: {output}.</source>
        <translation>左上角的輸出是卷積核中 1 所對應的輸入儲存格總和：{terms} = {value}。完整的輸出：{output}。</translation>
    </message>
    <message>
        <source>A {input} input of 0s and 1s and a {kernel} kernel with 1s at its corners and centre.</source>
        <translation>一個由 0 和 1 組成的 {input} 輸入，以及一個四角和中心為 1 的 {kernel} 卷積核。</translation>
    </message>
    <message>
        <source>Try it: stride {stride} in the Layer panel gives {strided}; a {k}×{k} kernel gives {bigger}. Click an output cell: the Arithmetic panel shows its products.</source>
        <translation>動手試試：在「卷積層」面板把步長設為 {stride}，輸出變成 {strided}；換成 {k}×{k} 卷積核，輸出變成 {bigger}。按一下某個輸出儲存格，「固定儲存格的算術」面板會列出它的各項乘積。</translation>
    </message>
    <message>
        <source>{shape} grid of 0s and 1s</source>
        <translation>由 0 和 1 組成的 {shape} 網格</translation>
    </message>
    <message>
        <source>corners and centre</source>
        <translation>四角和中心</translation>
    </message>
    <message>
        <source>Turned 180°, as true convolution turns it, this kernel is itself, so convolution and cross-correlation give the same numbers here.</source>
        <translation>像真正的卷積那樣把這個卷積核旋轉 180°，它還是它自己，所以這裡卷積和互相關得到的數相同。</translation>
    </message>
    <message>
        <source>Turned 180° (true convolution) it would give other numbers.</source>
        <translation>如果旋轉 180°（真正的卷積），結果就會不同。</translation>
    </message>
    <message>
        <source>The input holds {low} to {high} row by row; the kernel is {kernel}.</source>
        <translation>輸入逐列依序填入 {low} 到 {high}；卷積核是 {kernel}。</translation>
    </message>
    <message>
        <source>({n} − {k})/{stride} + 1 = {out}: the output is {shape}.</source>
        <translation>({n} − {k})/{stride} + 1 = {out}：輸出是 {shape}。</translation>
    </message>
    <message>
        <source>The first step: {terms} = {value}. Step on (→) to fill in the rest: {output}.</source>
        <translation>第一步：{terms} = {value}。繼續單步（→）填出其餘的值：{output}。</translation>
    </message>
    <message>
        <source>The explorer draws values above 1 as white; the stepper writes every number in its cells.</source>
        <translation>單層探索把大於 1 的值都畫成白色；逐步演示則把每個數寫在儲存格裡。</translation>
    </message>
    <message>
        <source>the numbers 1 to 9</source>
        <translation>數字 1 到 9</translation>
    </message>
    <message>
        <source>−1 diagonal</source>
        <translation>−1 對角線</translation>
    </message>
    <message>
        <source>A {size}×{size} RGB input, {filters} filters of {k}×{k} (one slice per colour channel, random He weights), stride {stride}, zero padding {pad} on each side.</source>
        <translation>一個 {size}×{size} 的 RGB 輸入，{filters} 個 {k}×{k} 濾波器（每個色彩通道一片，He 初始化的隨機權重），步長 {stride}，四周各零填充 {pad}。</translation>
    </message>
    <message>
        <source>({size} − {k} + 2·{pad})/{stride} + 1 = {h}: the output is {h}×{w}×{f} ({f} maps of {h}×{w}).</source>
        <translation>({size} − {k} + 2·{pad})/{stride} + 1 = {h}：輸出是 {h}×{w}×{f}（{f} 張 {h}×{w} 的特徵圖）。</translation>
    </message>
    <message>
        <source>Each filter has {k}·{k}·{channels} = {weights} weights and a bias: {f} × {per_filter} = {params} parameters, however large the picture.</source>
        <translation>每個濾波器有 {k}·{k}·{channels} = {weights} 個權重和 1 個偏置：{f} × {per_filter} = {params} 個參數，與影像大小無關。</translation>
    </message>
    <message>
        <source>Without weight sharing (a separate filter at each of the {h}·{w} = {positions} positions) it would take {positions} × {params} = {unshared} parameters.</source>
        <translation>如果沒有參數共享（{h}·{w} = {positions} 個位置各用一組獨立的濾波器），就需要 {positions} × {params} = {unshared} 個參數。</translation>
    </message>
    <message>
        <source>Either way the layer does {mult_adds} multiply-adds.</source>
        <translation>無論哪種方式，這一層都要做 {mult_adds} 次乘加。</translation>
    </message>
    <message>
        <source>{size}×{size} RGB pattern</source>
        <translation>{size}×{size} RGB 圖案</translation>
    </message>
    <message>
        <source>Windows side by side divide each side by {stride}.</source>
        <translation>視窗一個接一個、互不重疊，每條邊都縮小為原來的 1/{stride}。</translation>
    </message>
    <message>
        <source>The windows overlap by {overlap} cell, so the size barely shrinks.</source>
        <translation>相鄰視窗重疊 {overlap} 個儲存格，所以尺寸幾乎沒有縮小。</translation>
    </message>
    <message>
        <source>{filters} random {k}×{k} filters with SAME padding turn the {n}×{n} input into a {h}×{w}×{filters} volume; then {call}, VALID as Keras&apos; default.</source>
        <translation>{filters} 個隨機的 {k}×{k} 濾波器用 SAME 填充，把 {n}×{n} 的輸入變成 {h}×{w}×{filters} 的特徵圖；接著做 {call}，依 Keras 的預設值用 VALID 填充。</translation>
    </message>
    <message>
        <source>({h} − {size})/{stride} + 1 = {ph}: the pooled output is {ph}×{pw}×{filters}. {overlap}</source>
        <translation>({h} − {size})/{stride} + 1 = {ph}：池化後的輸出是 {ph}×{pw}×{filters}。{overlap}</translation>
    </message>
    <message>
        <source>Pooling works on each map on its own, so the {filters} channels stay, and it learns nothing: {params} parameters.</source>
        <translation>池化對每張特徵圖分別進行，所以 {filters} 個通道維持不變；它也不學習任何東西：{params} 個參數。</translation>
    </message>
    <message>
        <source>{n}×{n} pattern</source>
        <translation>{n}×{n} 圖案</translation>
    </message>
    <message>
        <source>{c} filters of 1×1 ({names}) make the {h}×{w} input a {h}×{w}×{c} volume.</source>
        <translation>{c} 個 1×1 濾波器（{names}）把 {h}×{w} 的輸入變成 {h}×{w}×{c} 的特徵圖。</translation>
    </message>
    <message>
        <source>AveragePooling2D({size}, {size}), VALID: ({h} − {size})/{size} + 1 = {ph}, so {ph}×{pw}×{pc}.</source>
        <translation>AveragePooling2D({size}, {size})，VALID 填充：({h} − {size})/{size} + 1 = {ph}，所以得到 {ph}×{pw}×{pc}。</translation>
    </message>
    <message>
        <source>Each value is the mean of its {size}×{size} block: ({mean})/{count} = {value} in map 1; map 1 is {first}, map {c} is {last}.</source>
        <translation>每個值都是對應 {size}×{size} 區塊的平均值：第 1 張特徵圖中 ({mean})/{count} = {value}；第 1 張特徵圖是 {first}，第 {c} 張是 {last}。</translation>
    </message>
    <message>
        <source>{shape} block of tenths</source>
        <translation>由一位小數組成的 {shape} 資料塊</translation>
    </message>
    <message>
        <source>A {k}×{k} kernel with dilation {d}: its taps are {d} cells apart, so it spans D·(F − 1) + 1 = {d}·({k} − 1) + 1 = {span} cells each way.</source>
        <translation>擴張率為 {d} 的 {k}×{k} 卷積核：它的取樣點彼此相隔 {d} 個儲存格，所以每個方向涵蓋 D·(F − 1) + 1 = {d}·({k} − 1) + 1 = {span} 個儲存格。</translation>
    </message>
    <message>
        <source>Each output sees a {rh}×{rw} receptive field with only {weights} weights; hover an output cell to see the taps and the holes between them.</source>
        <translation>每個輸出的感受野是 {rh}×{rw}，卻只用 {weights} 個權重；把滑鼠停在某個輸出儲存格上，就能看到取樣點和它們之間的空洞。</translation>
    </message>
    <message>
        <source>The output: ({n} − {d}·({k} − 1) − 1)/1 + 1 = {out}, so {shape}.</source>
        <translation>輸出：({n} − {d}·({k} − 1) − 1)/1 + 1 = {out}，所以是 {shape}。</translation>
    </message>
    <message>
        <source>Sobel x is {sobel}; its rank is {rank}, so it is one column times one row: {factors}.</source>
        <translation>Sobel x 是 {sobel}；它的秩是 {rank}，所以可以寫成一欄乘一列：{factors}。</translation>
    </message>
    <message>
        <source>The column smooths down the picture, the row takes the difference across it.</source>
        <translation>那一欄沿垂直方向平滑影像，那一列沿水平方向求差分。</translation>
    </message>
    <message>
        <source>One {kh}×{kw} pass costs {two_d} multiplies per output; a {kh}×1 pass then a 1×{kw} pass cost {kh} + {kw} = {one_d}, with the same result (largest difference on this picture: {difference}).</source>
        <translation>做一次 {kh}×{kw} 卷積，每個輸出要 {two_d} 次乘法；先做 {kh}×1、再做 1×{kw} 卷積只要 {kh} + {kw} = {one_d} 次，結果相同（在這張影像上的最大差異：{difference}）。</translation>
    </message>
    <message>
        <source>Max pooling hands each upstream gradient to the one cell that won its block: the input gradient is {value} at {winners} and 0 at the other {others} cells.</source>
        <translation>最大池化把每個上游梯度全部交給所在區塊中取得最大值的那個儲存格：輸入梯度在 {winners} 處為 {value}，在其餘 {others} 個儲存格處為 0。</translation>
    </message>
    <message>
        <source>Average pooling spreads each upstream gradient evenly over its block: every one of the {cells} input cells gets {upstream}/{window} = {value}.</source>
        <translation>平均池化把每個上游梯度平均分給所在區塊：{cells} 個輸入儲存格每個都得到 {upstream}/{window} = {value}。</translation>
    </message>
    <message>
        <source>A {input} input, a 1×1 identity kernel (so the map is the input itself) and {size}×{size} pooling, stride {size}; the upstream gradient is {upstream} at each of the {pooled} pooled cells.</source>
        <translation>一個 {input} 的輸入，一個 1×1 恆等卷積核（所以特徵圖就是輸入本身），再做步長 {size} 的 {size}×{size} 池化；上游梯度在 {pooled} 個池化儲存格上都是 {upstream}。</translation>
    </message>
    <message>
        <source>The whole input gradient: {gradient}. Step through it (→) on the Backward page.</source>
        <translation>完整的輸入梯度：{gradient}。在「反向」頁面上單步（→）走一遍。</translation>
    </message>
    <message>
        <source>identity 1×1</source>
        <translation>恆等 1×1</translation>
    </message>
</context>
</TS>
