<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>Animation</name>
    <message>
        <source>the input size</source>
        <translation>輸入大小</translation>
    </message>
    <message>
        <source>the kernel size</source>
        <translation>卷積核大小</translation>
    </message>
    <message>
        <source>stride</source>
        <translation>步長</translation>
    </message>
    <message>
        <source>dilation</source>
        <translation>擴張率</translation>
    </message>
    <message>
        <source>padding</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>output padding</source>
        <translation>輸出填充</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>卷積核</translation>
    </message>
    <message>
        <source>input</source>
        <translation>輸入</translation>
    </message>
    <message>
        <source>stamped output (before the padding crops it)</source>
        <translation>蓋印後的輸出（填充裁掉之前）</translation>
    </message>
    <message>
        <source>padded input</source>
        <translation>填充後的輸入</translation>
    </message>
    <message>
        <source>{Name} must be a whole number of at least {low}, not {value}.</source>
        <translation>{Name}必須是不小於 {low} 的整數，而不是 {value}。</translation>
    </message>
    <message>
        <source>A {kernel} kernel with dilation {dilation} spans {span} cells, more than the {input} input with its padding ({padded}): this convolution has no output.</source>
        <translation>擴張率為 {dilation} 的 {kernel} 卷積核跨越 {span} 個儲存格，超過了 {input} 輸入加上填充後的大小（{padded}）：這個卷積沒有輸出。</translation>
    </message>
    <message>
        <source>The input values have the shape {shape}, not {expected}.</source>
        <translation>輸入的值形狀是 {shape}，而不是 {expected}。</translation>
    </message>
    <message>
        <source>The kernel values have the shape {shape}, not {expected}.</source>
        <translation>卷積核的值形狀是 {shape}，而不是 {expected}。</translation>
    </message>
    <message>
        <source>A transposed convolution is animated as its stamping; its backward pass is not animated (a convolution&apos;s backward pass stamps its gradient the same way: use --backward alone).</source>
        <translation>轉置卷積以蓋印過程製成動畫；它的反向傳播不做動畫（卷積的反向傳播也以同樣方式蓋印梯度：單獨使用 --backward）。</translation>
    </message>
    <message>
        <source>A transposed convolution takes a whole-number padding, not &apos;same&apos;.</source>
        <translation>轉置卷積的填充須為整數，不能是 &apos;same&apos;。</translation>
    </message>
    <message>
        <source>The output padding ({output_padding}) must be smaller than the stride ({stride}) or the dilation ({dilation}): it chooses among the output sizes a strided convolution maps onto one input size.</source>
        <translation>輸出填充（{output_padding}）必須小於步長（{stride}）或擴張率（{dilation}）：它用來在帶步長的卷積映射到同一輸入大小的幾種輸出大小中選一個。</translation>
    </message>
    <message>
        <source>Padding {padding} crops both sides of the {size} stamped output away: this transposed convolution has no output.</source>
        <translation>填充 {padding} 把 {size} 的蓋印輸出兩邊都裁掉了：這個轉置卷積沒有輸出。</translation>
    </message>
    <message>
        <source>Output padding belongs to a transposed convolution (add --transposed).</source>
        <translation>輸出填充只用於轉置卷積（加上 --transposed）。</translation>
    </message>
    <message>
        <source>The padding must be a whole number, &apos;same&apos; or &apos;valid&apos;, not {value}.</source>
        <translation>填充必須是整數、&apos;same&apos; 或 &apos;valid&apos;，而不是 {value}。</translation>
    </message>
    <message>
        <source>The {grid} would be {size} cells; an animation draws at most {most} cells a side: choose a smaller input, kernel, padding, stride or dilation.</source>
        <translation>{grid}將是 {size} 個儲存格；動畫每邊最多畫 {most} 個儲存格：請選更小的輸入、卷積核、填充、步長或擴張率。</translation>
    </message>
    <message>
        <source>The grids of a frame would be {cells} cells wide side by side; at most {most} fit a frame: choose a smaller input, kernel or padding.</source>
        <translation>一個影格裡並排的網格將有 {cells} 個儲存格寬；一個影格最多放得下 {most} 個：請選更小的輸入、卷積核或填充。</translation>
    </message>
    <message>
        <source>This animation would take {frames} frames, one per input cell; at most {most} positions fit one: choose a smaller input or a larger stride.</source>
        <translation>這個動畫將有 {frames} 個影格，每個輸入儲存格一個影格；一個動畫最多 {most} 個位置：請選更小的輸入或更大的步長。</translation>
    </message>
    <message>
        <source>This animation would take {frames} frames, one per output cell; at most {most} positions fit one: choose a smaller input or a larger stride.</source>
        <translation>這個動畫將有 {frames} 個影格，每個輸出儲存格一個影格；一個動畫最多 {most} 個位置：請選更小的輸入或更大的步長。</translation>
    </message>
    <message>
        <source>Forward pass: input {size}</source>
        <translation>前向傳播：輸入 {size}</translation>
    </message>
    <message>
        <source>Backward pass: input {size}</source>
        <translation>反向傳播：輸入 {size}</translation>
    </message>
    <message>
        <source>Transposed convolution: input {size}</source>
        <translation>轉置卷積：輸入 {size}</translation>
    </message>
    <message>
        <source>kernel {size}</source>
        <translation>卷積核 {size}</translation>
    </message>
    <message>
        <source>stride {value}</source>
        <translation>步長 {value}</translation>
    </message>
    <message>
        <source>padding {value}</source>
        <translation>填充 {value}</translation>
    </message>
    <message>
        <source>dilation {value}</source>
        <translation>擴張率 {value}</translation>
    </message>
    <message>
        <source>output padding {value}</source>
        <translation>輸出填充 {value}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>output {size}</source>
        <translation>輸出 {size}</translation>
    </message>
    <message>
        <source>output ({y}, {x}) = Σ window × kernel = {terms} = {value}</source>
        <translation>輸出 ({y}, {x}) = Σ 視窗 × 卷積核 = {terms} = {value}</translation>
    </message>
    <message>
        <source>output ({y}, {x}) = Σ window × kernel ({count} products) = {value}</source>
        <translation>輸出 ({y}, {x}) = Σ 視窗 × 卷積核（{count} 個乘積）= {value}</translation>
    </message>
    <message>
        <source>The output {size} is complete: {n} windows, one output cell each, {order}.</source>
        <translation>{size} 的輸出已完成：{n} 個視窗，每個視窗一個輸出儲存格，{order}。</translation>
    </message>
    <message>
        <source>{name} {size}, padding {p}</source>
        <translation>{name} {size}，填充 {p}</translation>
    </message>
    <message>
        <source>{name} {size}, padding top {t} bottom {b} left {l} right {r}</source>
        <translation>{name} {size}，填充 上 {t} 下 {b} 左 {l} 右 {r}</translation>
    </message>
    <message>
        <source>dY({y}, {x}) = {g} flows back: dX[window] += {g} × W, dW += {g} × window</source>
        <translation>dY({y}, {x}) = {g} 往回傳：dX[視窗] += {g} × W，dW += {g} × 視窗</translation>
    </message>
    <message>
        <source>, {n} of its taps on padding are dropped</source>
        <translation>，其中落在填充上的 {n} 個抽頭被捨棄</translation>
    </message>
    <message>
        <source>dX and dW are complete after {n} output cells, {order}: dX stamps dY with W, dW correlates X with dY.</source>
        <translation>經過 {n} 個輸出儲存格（{order}）後，dX 和 dW 已完成：dX 用 W 蓋印 dY，dW 是 X 與 dY 的互相關。</translation>
    </message>
    <message>
        <source>output {size} before cropping</source>
        <translation>裁切前的輸出 {size}</translation>
    </message>
    <message>
        <source>input {size}</source>
        <translation>輸入 {size}</translation>
    </message>
    <message>
        <source>input ({r}, {c}) = {v} stamps {v} × kernel onto output rows {r0}–{r1}, cols {c0}–{c1}</source>
        <translation>輸入 ({r}, {c}) = {v}，把 {v} × 卷積核蓋印到輸出的第 {r0}–{r1} 列、第 {c0}–{c1} 欄</translation>
    </message>
    <message>
        <source> (before cropping)</source>
        <translation>（裁切前）</translation>
    </message>
    <message>
        <source>Every input cell has stamped: padding {padding} crops the ring, leaving {size}.</source>
        <translation>每個輸入儲存格都已蓋印：填充 {padding} 裁掉外圈，剩下 {size}。</translation>
    </message>
    <message>
        <source>Every input cell has stamped: the output is {size}.</source>
        <translation>每個輸入儲存格都已蓋印：輸出為 {size}。</translation>
    </message>
</context>
<context>
    <name>AnimationFiles</name>
    <message>
        <source>The format must be one of {formats}, not {value}.</source>
        <translation>格式必須是 {formats} 之一，而不是 {value}。</translation>
    </message>
    <message>
        <source>The theme must be light or dark, not {value}.</source>
        <translation>主題必須是 light 或 dark，而不是 {value}。</translation>
    </message>
    <message>
        <source>The width must be between {low} and {high} pixels, not {value}.</source>
        <translation>寬度必須在 {low} 到 {high} 像素之間，而不是 {value}。</translation>
    </message>
    <message>
        <source>The frame rate must be between 0.1 and 60 frames a second, not {value}.</source>
        <translation>影格率必須在每秒 0.1 到 60 個影格之間，而不是 {value}。</translation>
    </message>
    <message>
        <source>A GIF of {frames} frames of {w}×{h} would need {mib} MiB while it is written (at most {most}): choose MP4, a smaller width or fewer positions.</source>
        <translation>{frames} 個 {w}×{h} 影格的 GIF 在寫入時需要 {mib} MiB（最多 {most}）：請選 MP4、更小的寬度或更少的位置。</translation>
    </message>
    <message>
        <source>An MP4 of {frames} frames of {w}×{h} would be {gigapixels} gigapixels to draw and encode (at most {most}): choose a smaller width or fewer positions.</source>
        <translation>{frames} 個 {w}×{h} 影格的 MP4 需要繪製並編碼 {gigapixels} 十億像素（最多 {most}）：請選更小的寬度或更少的位置。</translation>
    </message>
</context>
<context>
    <name>CompareDesigns</name>
    <message>
        <source>Conv {k}×{k} {c}→{o}</source>
        <translation>卷積 {k}×{k} {c}→{o}</translation>
    </message>
    <message>
        <source>Standard vs depthwise-separable {k}×{k}</source>
        <translation>標準卷積 vs 深度可分離卷積 {k}×{k}</translation>
    </message>
    <message>
        <source>Depthwise: one k×k filter per channel; pointwise 1×1 then mixes the channels.</source>
        <translation>逐深度：每個通道一個 k×k 濾波器；然後逐點 1×1 卷積把各通道混合起來。</translation>
    </message>
    <message>
        <source>Depthwise {k}×{k}, then pointwise 1×1 {c}→{o}</source>
        <translation>逐深度 {k}×{k}，再逐點 1×1 {c}→{o}</translation>
    </message>
    <message>
        <source>{k}×{k} vs 1×1 bottleneck then {k}×{k}</source>
        <translation>{k}×{k} vs 先 1×1 瓶頸再 {k}×{k}</translation>
    </message>
    <message>
        <source>A 1×1 conv first shrinks {c} channels to {b}, so the {k}×{k} conv has far less to read.</source>
        <translation>先用 1×1 卷積把 {c} 個通道壓縮到 {b} 個，{k}×{k} 卷積要讀的就少得多。</translation>
    </message>
    <message>
        <source>1×1 {c}→{b}, then {k}×{k} {b}→{o}</source>
        <translation>1×1 {c}→{b}，再 {k}×{k} {b}→{o}</translation>
    </message>
    <message>
        <source>One {k}×{k} vs {depth} stacked 3×3</source>
        <translation>一個 {k}×{k} vs {depth} 個堆疊的 3×3</translation>
    </message>
    <message>
        <source>Same receptive field, fewer weights (and room for a nonlinearity between them).</source>
        <translation>感受野相同，權重更少（而且中間可以加非線性）。</translation>
    </message>
    <message>
        <source>{depth} stacked 3×3 convs {channels}</source>
        <translation>{depth} 個堆疊的 3×3 卷積 {channels}</translation>
    </message>
    <message>
        <source>branch 1: 1×1 {c}→{o}</source>
        <translation>分支 1：1×1 {c}→{o}</translation>
    </message>
    <message>
        <source>branch 2: 1×1 {c}→{r}, then 3×3 {r}→{o}</source>
        <translation>分支 2：1×1 {c}→{r}，再 3×3 {r}→{o}</translation>
    </message>
    <message>
        <source>branch 3: 1×1 {c}→{r}, then 5×5 {r}→{o}</source>
        <translation>分支 3：1×1 {c}→{r}，再 5×5 {r}→{o}</translation>
    </message>
    <message>
        <source>branch 4: 3×3 max pool, then 1×1 {c}→{o}</source>
        <translation>分支 4：3×3 最大池化，再 1×1 {c}→{o}</translation>
    </message>
    <message>
        <source>Inception block (4 branches concatenated)</source>
        <translation>Inception 模組（4 個分支串接）</translation>
    </message>
    <message>
        <source>Inception-style block vs one 5×5 conv</source>
        <translation>Inception 式模組 vs 一個 5×5 卷積</translation>
    </message>
    <message>
        <source>Four parallel branches on one input, their {out} output channels stacked; 1×1 convolutions shrink the channels before the 3×3 and 5×5. Against one 5×5 conv with the same {out} outputs and receptive field; each branch&apos;s ratio is its share of that.</source>
        <translation>同一輸入上的四個並行分支，它們的 {out} 個輸出通道疊在一起；1×1 卷積在 3×3 和 5×5 之前壓縮通道。對照的是輸出同為 {out} 個、感受野相同的一個 5×5 卷積；每個分支的比值是它所佔的份額。</translation>
    </message>
</context>
<context>
    <name>Equivariance</name>
    <message>
        <source>The layer does not pool: a 2×2 max pool, stride 2, is measured instead.</source>
        <translation>這一層不做池化：改為測量步長 2 的 2×2 最大池化。</translation>
    </message>
    <message>
        <source>The layer&apos;s global max pooling is measured.</source>
        <translation>測量的是這一層的全域最大池化。</translation>
    </message>
    <message>
        <source>The layer&apos;s global avg pooling is measured.</source>
        <translation>測量的是這一層的全域平均池化。</translation>
    </message>
    <message>
        <source>The layer&apos;s max pooling {size}×{size} is measured.</source>
        <translation>測量的是這一層的 {size}×{size} 最大池化。</translation>
    </message>
    <message>
        <source>The layer&apos;s avg pooling {size}×{size} is measured.</source>
        <translation>測量的是這一層的 {size}×{size} 平均池化。</translation>
    </message>
    <message>
        <source>the input is too small to measure a rotation on</source>
        <translation>輸入太小，無法測量旋轉</translation>
    </message>
</context>
<context>
    <name>Learner</name>
    <message>
        <source>SGD + momentum</source>
        <translation>SGD + 動量</translation>
    </message>
    <message>
        <source>the loss diverged: lower the learning rate</source>
        <translation>損失發散了：請調低學習率</translation>
    </message>
    <message>
        <source>loss below {tolerance}</source>
        <translation>損失低於 {tolerance}</translation>
    </message>
    <message>
        <source>loss fell by &lt; {tolerance} (relative) over {steps} steps</source>
        <translation>{steps} 步內損失（相對）下降不到 {tolerance}</translation>
    </message>
    <message>
        <source>reached {n} iterations</source>
        <translation>已達到 {n} 次迭代</translation>
    </message>
    <message>
        <source>internal error: {error}</source>
        <translation>內部錯誤：{error}</translation>
    </message>
</context>
<context>
    <name>Properties</name>
    <message>
        <source>Rank 0: the kernel is all zeros.</source>
        <translation>秩 0：卷積核全為零。</translation>
    </message>
    <message>
        <source>Rank 1: the kernel is a column times a row, {factors}: {factored} numbers instead of {numbers}, and {factored} multiplies per output instead of {numbers}.</source>
        <translation>秩 1：卷積核是一欄乘以一列，{factors}：用 {factored} 個數代替 {numbers} 個，每個輸出做 {factored} 次乘法而不是 {numbers} 次。</translation>
    </message>
    <message>
        <source>Rank {rank}: the kernel is not a column times a row (only rank-1 kernels are), so it cannot be applied as two 1-D passes.</source>
        <translation>秩 {rank}：卷積核不是一欄乘以一列（只有秩 1 的卷積核才是），所以不能拆成兩次一維計算。</translation>
    </message>
    <message>
        <source>The column pass, then the row pass, give the 2-D kernel&apos;s map ({h}×{w}, no padding): the largest difference is {difference}, with values up to {largest}. Measured on the first channel&apos;s central {crop_h}×{crop_w} of the input.</source>
        <translation>先按欄計算、再按列計算，得到的就是二維卷積核的特徵圖（{h}×{w}，無填充）：最大差異為 {difference}，而數值最大到 {largest}。在輸入第一個通道中央的 {crop_h}×{crop_w} 上測量。</translation>
    </message>
    <message>
        <source>The stride ({sh}×{sw}) does not divide the shift ({dy}, {dx}), so the map cannot move by whole cells: shift by a multiple of the stride to see equivariance.</source>
        <translation>步長（{sh}×{sw}）不能整除平移量（{dy}, {dx}），所以特徵圖無法整格移動：請按步長的倍數平移，才能看到等變性。</translation>
    </message>
    <message>
        <source>The map would move by ({a}, {b}) cells, but no cell is away from the border.</source>
        <translation>特徵圖會移動 ({a}, {b}) 格，但沒有遠離邊界的儲存格。</translation>
    </message>
    <message>
        <source>Equivariance: the map moved by ({a}, {b}) cells; away from the border ({cells} cells) the largest difference is {difference}.</source>
        <translation>平移等變性：特徵圖移動了 ({a}, {b}) 格；遠離邊界處（{cells} 個儲存格）的最大差異為 {difference}。</translation>
    </message>
    <message>
        <source>At the border, where windows reach the padding or what the shift brought in, it is up to {difference}.</source>
        <translation>在邊界處，視窗碰到填充或平移帶進來的內容，差異最大為 {difference}。</translation>
    </message>
    <message>
        <source>Invariance: at the same positions the map changed by {map} and the pooled map by {pooled} (mean |change| / mean |value|). {pool_note}</source>
        <translation>平移不變性：在相同位置上，特徵圖變化了 {map}，池化後的特徵圖變化了 {pooled}（平均 |變化| / 平均 |值|）。{pool_note}</translation>
    </message>
    <message>
        <source>Measured on the central {h}×{w} of the input.</source>
        <translation>在輸入中央的 {h}×{w} 上測量。</translation>
    </message>
    <message>
        <source>Rotated {angle}°: the map differs from the rotated map by up to {map} of its largest value, the pooled map by up to {pooled}. A difference above 0 means not rotation invariant (measured at stride 1 without padding on the central {crop}×{crop}).</source>
        <translation>旋轉 {angle}°：特徵圖與旋轉後的特徵圖最多相差其最大值的 {map}，池化後的特徵圖最多相差 {pooled}。差異大於 0 就說明不具有旋轉不變性（在中央 {crop}×{crop} 上以步長 1、無填充測量）。</translation>
    </message>
    <message>
        <source> Any other angle than a quarter turn is interpolated, which adds a little.</source>
        <translation>不是 90° 倍數的角度都要內插，會多出一點差異。</translation>
    </message>
    <message>
        <source>The two 1-D passes cannot run on this input: {error}.</source>
        <translation>兩次一維計算無法在這個輸入上進行：{error}。</translation>
    </message>
    <message>
        <source>The shift cannot be measured: {error}</source>
        <translation>無法測量平移：{error}</translation>
    </message>
    <message>
        <source>The rotation cannot be measured: {error}</source>
        <translation>無法測量旋轉：{error}</translation>
    </message>
    <message>
        <source>Internal error while measuring: {error}</source>
        <translation>測量時出現內部錯誤：{error}</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>Shared: {filters} × ({weights}) = {shared} parameters. One set per output position: {h}·{w} × {shared} = {unshared} parameters ({positions} times as many).</source>
        <translation>參數共享：{filters} × ({weights}) = {shared} 個參數。每個輸出位置各用一套：{h}·{w} × {shared} = {unshared} 個參數（是前者的 {positions} 倍）。</translation>
    </message>
</context>
<context>
    <name>Signal1D</name>
    <message>
        <source>In Chinese convolution is 卷积 (juǎn jī): 卷 means to roll up or turn over, as a scroll is rolled, and 积 means the accumulated product. The definition y[n] = Σₖ h[k]·x[n − k] reads the kernel backwards: h is turned over (flipped) before it slides along x, and the products under it are summed. The English word comes from the Latin convolvere, to roll together. CNN libraries skip the flip and compute cross-correlation (互相关); a learned kernel simply learns the flipped weights, so nothing is lost.</source>
        <translation>卷積（juǎn jī）的「卷」是捲起、翻轉的意思，像捲起一幅卷軸；「積」是乘積的累加。定義 y[n] = Σₖ h[k]·x[n − k] 是把卷積核倒過來讀的：h 先翻轉，再沿著 x 滑動，把它下面的乘積加起來。英文 convolution 來自拉丁文 convolvere，意為「捲在一起」。CNN 函式庫省去了翻轉，計算的是互相關；學出來的卷積核自然會學成翻轉後的權重，所以什麼也沒有損失。</translation>
    </message>
    <message>
        <source>The signal must be 1 to {most} numbers; it has {count}.</source>
        <translation>訊號必須是 1 到 {most} 個數；現在有 {count} 個。</translation>
    </message>
    <message>
        <source>The kernel must be 1 to {most} numbers; it has {count}.</source>
        <translation>卷積核必須是 1 到 {most} 個數；現在有 {count} 個。</translation>
    </message>
    <message>
        <source>The {name} must be 1 to {most} numbers; it has {count}.</source>
        <translation>{name} 必須是 1 到 {most} 個數；現在有 {count} 個。</translation>
    </message>
    <message>
        <source>The signal must hold finite numbers (no inf or NaN, nothing beyond ±1.8e308).</source>
        <translation>訊號必須是有限的數（不能有 inf 或 NaN，也不能超出 ±1.8e308）。</translation>
    </message>
    <message>
        <source>The kernel must hold finite numbers (no inf or NaN, nothing beyond ±1.8e308).</source>
        <translation>卷積核必須是有限的數（不能有 inf 或 NaN，也不能超出 ±1.8e308）。</translation>
    </message>
    <message>
        <source>The {name} must hold finite numbers (no inf or NaN, nothing beyond ±1.8e308).</source>
        <translation>{name} 必須是有限的數（不能有 inf 或 NaN，也不能超出 ±1.8e308）。</translation>
    </message>
    <message>
        <source>These numbers are too large: their products or sums overflow (beyond ±1.8e308); use smaller ones.</source>
        <translation>這些數太大了：它們的乘積或和會溢位（超出 ±1.8e308）；請用小一些的數。</translation>
    </message>
    <message>
        <source>The signal must be numbers separated by commas or spaces; {bad} is not one.</source>
        <translation>訊號必須是用逗號或空格分隔的數；{bad} 不是數。</translation>
    </message>
    <message>
        <source>The kernel must be numbers separated by commas or spaces; {bad} is not one.</source>
        <translation>卷積核必須是用逗號或空格分隔的數；{bad} 不是數。</translation>
    </message>
    <message>
        <source>The {name} must be numbers separated by commas or spaces; {bad} is not one.</source>
        <translation>{name} 必須是用逗號或空格分隔的數；{bad} 不是數。</translation>
    </message>
    <message>
        <source>a sentence needs at least {width} words for a width-{width} filter</source>
        <translation>寬度為 {width} 的濾波器需要句子至少有 {width} 個詞</translation>
    </message>
</context>
<context>
    <name>StepperCheck</name>
    <message>
        <source>{activation} at z = 0 in {cells}</source>
        <translation>{cells} 的 {activation} z = 0</translation>
    </message>
    <message>
        <source>a tie for the maximum in pooled {cells}</source>
        <translation>池化結果{cells} 的並列最大值</translation>
    </message>
    <message>
        <source>cell {cells}</source>
        <translation>儲存格 {cells}</translation>
    </message>
    <message>
        <source>cells {cells}</source>
        <translation>儲存格 {cells}</translation>
    </message>
    <message>
        <source>cells {cells} and {more} more</source>
        <translation>儲存格 {cells} 等（另有 {more} 個）</translation>
    </message>
</context>
<context>
    <name>StepperGradient</name>
    <message>
        <source>loss ½·Σ(y − t)² against a target kernel</source>
        <translation>相對目標卷積核的損失 ½·Σ(y − t)²</translation>
    </message>
    <message>
        <source>gradient of ones</source>
        <translation>全 1 梯度</translation>
    </message>
    <message>
        <source>painted by hand (click output cells)</source>
        <translation>手動塗畫（按一下輸出儲存格）</translation>
    </message>
</context>
<context>
    <name>StepperInput</name>
    <message>
        <source>centre 12×12 crop</source>
        <translation>中央 12×12 裁切</translation>
    </message>
    <message>
        <source>centre 8×8 crop</source>
        <translation>中央 8×8 裁切</translation>
    </message>
    <message>
        <source>centre 16×16 crop</source>
        <translation>中央 16×16 裁切</translation>
    </message>
    <message>
        <source>centre 24×24 crop</source>
        <translation>中央 24×24 裁切</translation>
    </message>
    <message>
        <source>12×12 around the pinned cell</source>
        <translation>固定儲存格周圍的 12×12</translation>
    </message>
    <message>
        <source>tiny 6×6 digits</source>
        <translation>6×6 小數字</translation>
    </message>
    <message>
        <source>full image (coarse, ≤ 64 px)</source>
        <translation>整幅影像（粗略，≤ 64 px）</translation>
    </message>
    <message>
        <source>3×{h}×{w} kernel (one shared kernel on each channel)</source>
        <translation>3×{h}×{w} 卷積核（每個通道共用一個卷積核）</translation>
    </message>
    <message>
        <source>3×{h}×{w} kernel (its own kernel per channel)</source>
        <translation>3×{h}×{w} 卷積核（每個通道各有自己的卷積核）</translation>
    </message>
    <message>
        <source>{h}×{w} kernel (the R, G and B kernels summed, as on any gray input)</source>
        <translation>{h}×{w} 卷積核（R、G、B 三個卷積核相加，與任何灰階輸入一樣）</translation>
    </message>
    <message>
        <source>{h}×{w} kernel</source>
        <translation>{h}×{w} 卷積核</translation>
    </message>
    <message>
        <source>the full image, block-averaged</source>
        <translation>整幅影像，按區塊取平均</translation>
    </message>
    <message>
        <source>centre 12×12 crop (nothing is pinned)</source>
        <translation>中央 12×12 裁切（沒有固定的儲存格）</translation>
    </message>
    <message>
        <source>the pinned cell&apos;s window does not fit this crop the way it sits on the image</source>
        <translation>固定儲存格的視窗在這塊裁切中無法像在影像上那樣對齊</translation>
    </message>
</context>
<context>
    <name>StepperJob</name>
    <message>
        <source>nothing is painted yet, so every gradient is 0: click cells of dL/dy to paint some</source>
        <translation>還沒有塗畫，所以所有梯度都是 0：按一下 dL/dy 的儲存格來塗畫</translation>
    </message>
    <message>
        <source>the kernel already equals the target ({target}): y = t, so L = 0 and every gradient is 0 — pick another target</source>
        <translation>卷積核已經等於目標（{target}）：y = t，所以 L = 0，所有梯度都是 0——請另選一個目標</translation>
    </message>
    <message>
        <source>y already equals t on this input: L = 0 and every gradient is 0 — pick another target or input</source>
        <translation>在這個輸入上 y 已經等於 t：L = 0，所有梯度都是 0——請另選目標或輸入</translation>
    </message>
    <message>
        <source>dL/dy is 0 everywhere, so every gradient is 0</source>
        <translation>dL/dy 處處為 0，所以所有梯度都是 0</translation>
    </message>
    <message>
        <source>dL/da is stopped by the activation ({activation}′(z) = 0 wherever dL/da is not 0): dL/dz, dW, dX and db are all 0</source>
        <translation>dL/da 被激活函數擋住了（凡是 dL/da 不為 0 的地方 {activation}′(z) = 0）：dL/dz、dW、dX 和 db 都是 0</translation>
    </message>
    <message>
        <source>internal error: {error}</source>
        <translation>內部錯誤：{error}</translation>
    </message>
    <message>
        <source>the check failed: {error}</source>
        <translation>檢驗失敗：{error}</translation>
    </message>
</context>
<context>
    <name>Traversal</name>
    <message>
        <source>across the rows first (row by row)</source>
        <translation>先橫著走完一列（逐列）</translation>
    </message>
    <message>
        <source>down the columns first (as the course notes slide)</source>
        <translation>先直著走完一欄（如課程講義中的滑動）</translation>
    </message>
    <message>
        <source>row by row</source>
        <translation>逐列</translation>
    </message>
    <message>
        <source>down the columns</source>
        <translation>逐欄向下</translation>
    </message>
    <message>
        <source>The order the play head visits the output cells: across each row, then the next row; or down each column, then the next column, as the course notes slide the kernel. Every cell&apos;s numbers are the same either way, and so are the gradients after the last step. Pooling windows keep the row-by-row order in both passes.</source>
        <translation>播放頭造訪輸出儲存格的順序：橫著走完每一列，再到下一列；或者直著走完每一欄，再到下一欄，就像課程講義裡滑動卷積核那樣。兩種順序下每個儲存格的數字都一樣，最後一步之後的梯度也一樣。池化視窗在兩個方向的傳播中都保持逐列順序。</translation>
    </message>
    <message>
        <source>step {k} of {n}, {order}</source>
        <translation>第 {k}/{n} 步，{order}</translation>
    </message>
</context>
</TS>
