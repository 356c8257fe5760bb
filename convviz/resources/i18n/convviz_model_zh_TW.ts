<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>Graph</name>
    <message>
        <source>node {node} ({op}) reads {value}, which no earlier node makes</source>
        <translation>節點 {node}（{op}）讀取 {value}，但它前面沒有任何節點產生這個值</translation>
    </message>
    <message>
        <source>the graph&apos;s output {value} is made by no node</source>
        <translation>圖的輸出 {value} 不由任何節點產生</translation>
    </message>
    <message>
        <source>node {node} ({op}): {error}</source>
        <translation>節點 {node}（{op}）：{error}</translation>
    </message>
    <message>
        <source>node {node} ({op}): one pass would keep more than {limit} MiB of values</source>
        <translation>節點 {node}（{op}）：一次前向傳播要保留的數值將超過 {limit} MiB</translation>
    </message>
</context>
<context>
    <name>GraphShapes</name>
    <message>
        <source>shape {shape} is negative or larger than {limit} values</source>
        <translation>形狀 {shape} 為負，或超過 {limit} 個數值</translation>
    </message>
    <message>
        <source>Reshape of {shape} ({size} values) to {target}</source>
        <translation>Reshape 無法把 {shape}（{size} 個數值）變為 {target}</translation>
    </message>
</context>
<context>
    <name>GraphWindows</name>
    <message>
        <source>a window of {reach} cells does not fit in {size} + {padding} padding</source>
        <translation>{reach} 個儲存格的視窗放不進 {size} + {padding} 填充</translation>
    </message>
</context>
<context>
    <name>KernelBank</name>
    <message>
        <source>edge</source>
        <translation>邊緣</translation>
    </message>
</context>
<context>
    <name>KernelFile</name>
    <message>
        <source>the file must contain a JSON object.</source>
        <translation>檔案必須包含一個 JSON 物件。</translation>
    </message>
    <message>
        <source>format must be {tag}, got {value}.</source>
        <translation>format 必須是 {tag}，實際為 {value}。</translation>
    </message>
    <message>
        <source>version must be {version}, got {value}.</source>
        <translation>version 必須是 {version}，實際為 {value}。</translation>
    </message>
    <message>
        <source>&apos;shared&apos; must be true or false, got {value}.</source>
        <translation>&apos;shared&apos; 必須是 true 或 false，實際為 {value}。</translation>
    </message>
    <message>
        <source>&apos;filters&apos; must be a non-empty list.</source>
        <translation>&apos;filters&apos; 必須是非空的清單。</translation>
    </message>
    <message>
        <source>it holds {count} filters; a layer here holds at most {limit} (each gets its own feature map on screen).</source>
        <translation>它有 {count} 個濾波器；這裡一層最多 {limit} 個（每個濾波器在螢幕上都有自己的特徵圖）。</translation>
    </message>
    <message>
        <source>all filters must have the same size, got {sizes}.</source>
        <translation>所有濾波器必須大小相同，實際為 {sizes}。</translation>
    </message>
    <message>
        <source>&apos;bias&apos; must be a list with one number per filter ({count}).</source>
        <translation>&apos;bias&apos; 必須是每個濾波器一個數的清單（{count} 個）。</translation>
    </message>
    <message>
        <source>filter {index}</source>
        <translation>濾波器 {index}</translation>
    </message>
    <message>
        <source>{where} must be an object with &apos;name&apos; and &apos;weights&apos;.</source>
        <translation>{where} 必須是含 &apos;name&apos; 和 &apos;weights&apos; 的物件。</translation>
    </message>
    <message>
        <source>{where}: &apos;name&apos; must be a string, got {value}.</source>
        <translation>{where}：&apos;name&apos; 必須是字串，實際為 {value}。</translation>
    </message>
    <message>
        <source>{where}: its name is {length} characters long; at most {limit}.</source>
        <translation>{where}：名稱長 {length} 個字元；最多 {limit} 個。</translation>
    </message>
    <message>
        <source>{where}: &apos;weights&apos; must hold {channels} channel slice(s) (C, kH, kW).</source>
        <translation>{where}：&apos;weights&apos; 必須含 {channels} 個通道切片 (C, kH, kW)。</translation>
    </message>
    <message>
        <source>{where} channel {channel}</source>
        <translation>{where} 通道 {channel}</translation>
    </message>
    <message>
        <source>{where}: its channel slices have different sizes.</source>
        <translation>{where}：各通道切片大小不同。</translation>
    </message>
    <message>
        <source>{where}: weights must be a list of rows of numbers.</source>
        <translation>{where}：權重必須是由數字列組成的清單。</translation>
    </message>
    <message>
        <source>{where}: {rows} rows is outside 1..{limit}.</source>
        <translation>{where}：{rows} 列超出 1..{limit}。</translation>
    </message>
    <message>
        <source>{where}: rows have different lengths {lengths} (ragged).</source>
        <translation>{where}：各列長度不同 {lengths}（參差不齊）。</translation>
    </message>
    <message>
        <source>{where}: {columns} columns is outside 1..{limit}.</source>
        <translation>{where}：{columns} 欄超出 1..{limit}。</translation>
    </message>
    <message>
        <source>{where} row {row}</source>
        <translation>{where} 第 {row} 列</translation>
    </message>
    <message>
        <source>{where}: {value} is not a number.</source>
        <translation>{where}：{value} 不是數字。</translation>
    </message>
    <message>
        <source>{where}: {value} is not a finite number.</source>
        <translation>{where}：{value} 不是有限數。</translation>
    </message>
</context>
<context>
    <name>KernelPresets</name>
    <message>
        <source>Copies the input: one weight of 1 at the centre.</source>
        <translation>複製輸入：中心一個權重為 1。</translation>
    </message>
    <message>
        <source>Edge detector: centre against its 8 neighbours; flat regions go to 0.</source>
        <translation>邊緣偵測：中心對比它的 8 個鄰居；平坦區域變為 0。</translation>
    </message>
    <message>
        <source>Edge detector: centre against its 4 direct neighbours.</source>
        <translation>邊緣偵測：中心對比它上下左右的 4 個鄰居。</translation>
    </message>
    <message>
        <source>Sharpen: adds the edge response back to the image.</source>
        <translation>銳化：把邊緣響應加回影像。</translation>
    </message>
    <message>
        <source>Box blur: the mean of the 3×3 neighbourhood.</source>
        <translation>方框模糊：3×3 鄰域的平均值。</translation>
    </message>
    <message>
        <source>Gaussian blur 3×3 (binomial 1-2-1): a softer, rounder blur than the box.</source>
        <translation>高斯模糊 3×3（二項式 1-2-1）：比方框模糊更柔和、更圓潤。</translation>
    </message>
    <message>
        <source>Gaussian blur 5×5 (binomial 1-4-6-4-1).</source>
        <translation>高斯模糊 5×5（二項式 1-4-6-4-1）。</translation>
    </message>
    <message>
        <source>Sobel x: horizontal gradient, lights up vertical edges.</source>
        <translation>Sobel x：水平方向的梯度，突顯垂直邊緣。</translation>
    </message>
    <message>
        <source>Sobel y: vertical gradient, lights up horizontal edges.</source>
        <translation>Sobel y：垂直方向的梯度，突顯水平邊緣。</translation>
    </message>
    <message>
        <source>Scharr x: a horizontal gradient with better rotational symmetry than Sobel.</source>
        <translation>Scharr x：水平方向的梯度，旋轉對稱性比 Sobel 更好。</translation>
    </message>
    <message>
        <source>Scharr y: the vertical Scharr gradient.</source>
        <translation>Scharr y：垂直方向的 Scharr 梯度。</translation>
    </message>
    <message>
        <source>Laplacian: second derivative, responds to blobs and edges in every direction.</source>
        <translation>拉普拉斯：二階導數，對各個方向的斑點和邊緣都有響應。</translation>
    </message>
    <message>
        <source>Emboss: a diagonal gradient that makes the image look raised.</source>
        <translation>浮雕：沿對角線的梯度，讓影像看起來凸起。</translation>
    </message>
    <message>
        <source>Motion blur: averages along a diagonal line, like a camera moving.</source>
        <translation>動態模糊：沿一條對角線取平均，就像相機在移動。</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>恆等</translation>
    </message>
    <message>
        <source>Edge (8 neighbours)</source>
        <translation>邊緣（8 鄰居）</translation>
    </message>
    <message>
        <source>Edge (4 neighbours)</source>
        <translation>邊緣（4 鄰居）</translation>
    </message>
    <message>
        <source>Sharpen</source>
        <translation>銳化</translation>
    </message>
    <message>
        <source>Box blur 3×3</source>
        <translation>方框模糊 3×3</translation>
    </message>
    <message>
        <source>Gaussian blur 3×3</source>
        <translation>高斯模糊 3×3</translation>
    </message>
    <message>
        <source>Gaussian blur 5×5</source>
        <translation>高斯模糊 5×5</translation>
    </message>
    <message>
        <source>Sobel x (vertical edges)</source>
        <translation>Sobel x（垂直邊緣）</translation>
    </message>
    <message>
        <source>Sobel y (horizontal edges)</source>
        <translation>Sobel y（水平邊緣）</translation>
    </message>
    <message>
        <source>Scharr x (vertical edges)</source>
        <translation>Scharr x（垂直邊緣）</translation>
    </message>
    <message>
        <source>Scharr y (horizontal edges)</source>
        <translation>Scharr y（水平邊緣）</translation>
    </message>
    <message>
        <source>Laplacian</source>
        <translation>拉普拉斯</translation>
    </message>
    <message>
        <source>Emboss</source>
        <translation>浮雕</translation>
    </message>
    <message>
        <source>Motion blur 5×5</source>
        <translation>動態模糊 5×5</translation>
    </message>
</context>
<context>
    <name>LayerSettings</name>
    <message>
        <source>the layer settings must be an object</source>
        <translation>層設定必須是一個物件</translation>
    </message>
    <message>
        <source>unknown layer setting {name}</source>
        <translation>未知的層設定 {name}</translation>
    </message>
    <message>
        <source>{name} must be one of {allowed}, got {value}</source>
        <translation>{name} 必須是 {allowed} 之一，實際為 {value}</translation>
    </message>
    <message>
        <source>{name} must be a whole number, got {value}</source>
        <translation>{name} 必須是整數，實際為 {value}</translation>
    </message>
    <message>
        <source>{name} must be true or false, got {value}</source>
        <translation>{name} 必須是 true 或 false，實際為 {value}</translation>
    </message>
    <message>
        <source>{name} must be between {low} and {high}, got {value}</source>
        <translation>{name} 必須在 {low} 到 {high} 之間，實際為 {value}</translation>
    </message>
</context>
<context>
    <name>LiveStats</name>
    <message>
        <source>fps {fps} · capture {capture} ms · engine {engine} ms · display {display} ms · latency {latency} ms</source>
        <translation>影格率 {fps} · 擷取 {capture} ms · 計算 {engine} ms · 顯示 {display} ms · 延遲 {latency} ms</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>{name} takes (N, {shape}) images, got {got}</source>
        <translation>{name} 接受 (N, {shape}) 的影像，實際為 {got}</translation>
    </message>
    <message>
        <source>{name} takes batches of exactly {batch}, got {got}</source>
        <translation>{name} 只接受大小恰好為 {batch} 的批次，實際為 {got}</translation>
    </message>
</context>
<context>
    <name>NetworkProbe</name>
    <message>
        <source>any batch</source>
        <translation>任意批次大小</translation>
    </message>
    <message>
        <source>batch {n}</source>
        <translation>批次大小 {n}</translation>
    </message>
    <message>
        <source>gray</source>
        <translation>灰階</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>彩色</translation>
    </message>
    <message>
        <source>{n} channels</source>
        <translation>{n} 個通道</translation>
    </message>
    <message>
        <source>{c} × {h} × {w} (C × H × W, NCHW), {kind}, {batch}</source>
        <translation>{c} × {h} × {w}（C × H × W，NCHW），{kind}，{batch}</translation>
    </message>
    <message>
        <source>class {n}</source>
        <translation>類別 {n}</translation>
    </message>
</context>
<context>
    <name>NetworkSummary</name>
    <message>
        <source>{layers} layers, {params} parameters, {mult_adds} mult-adds</source>
        <translation>{layers} 層，{params} 個參數，{mult_adds} 次乘加</translation>
    </message>
</context>
<context>
    <name>Preprocess</name>
    <message>
        <source>ImageNet mean/std</source>
        <translation>ImageNet 平均值/標準差</translation>
    </message>
    <message>
        <source>mean {mean}, std {std}</source>
        <translation>平均值 {mean}，標準差 {std}</translation>
    </message>
    <message>
        <source>the model takes {n} channels; an image has 1 or 3</source>
        <translation>模型接受 {n} 個通道；影像只有 1 或 3 個通道</translation>
    </message>
</context>
<context>
    <name>StackBudget</name>
    <message>
        <source>use a smaller input size, fewer channels or a stride</source>
        <translation>請用更小的輸入尺寸、更少的通道或加上步長</translation>
    </message>
    <message>
        <source>use a smaller input size, a smaller multiplier or a stride</source>
        <translation>請用更小的輸入尺寸、更小的倍數或加上步長</translation>
    </message>
    <message>
        <source>use a smaller input size or fewer channels</source>
        <translation>請用更小的輸入尺寸或更少的通道</translation>
    </message>
    <message>
        <source>use a smaller input size, fewer channels or a smaller stride (it enlarges the maps)</source>
        <translation>請用更小的輸入尺寸、更少的通道或更小的步長（它會放大特徵圖）</translation>
    </message>
    <message>
        <source>use a smaller multiplier or kernel, or fewer channels before it</source>
        <translation>請用更小的倍數或卷積核，或減少它之前的通道</translation>
    </message>
    <message>
        <source>use fewer outputs, or pool the maps before the Flatten</source>
        <translation>請減少輸出，或在 Flatten 之前對特徵圖做池化</translation>
    </message>
    <message>
        <source>use a smaller input size, or a stride or pooling in an earlier layer</source>
        <translation>請用更小的輸入尺寸，或在前面的層中加上步長或池化</translation>
    </message>
    <message>
        <source>{label}, {channels} ch of {h}×{w}</source>
        <translation>{label}，{channels} 個 {h}×{w} 的通道</translation>
    </message>
    <message>
        <source>{label}, {features} features</source>
        <translation>{label}，{features} 個特徵</translation>
    </message>
    <message>
        <source>a stack holds at most {limit} layers, and this one would have {count} — remove layers first</source>
        <translation>一個堆疊最多 {limit} 層，而這個堆疊將有 {count} 層——請先刪除一些層</translation>
    </message>
    <message>
        <source>, {total} with the layers before it</source>
        <translation>，連同它之前的層共 {total}</translation>
    </message>
    <message>
        <source>layer {index} ({layer}) would need {need} for its output{before}; a stack may use {limit} for all its outputs — {hint}</source>
        <translation>第 {index} 層（{layer}）的輸出將需要 {need}{before}；一個堆疊的所有輸出最多可用 {limit}——{hint}</translation>
    </message>
    <message>
        <source>use fewer channels or a smaller kernel</source>
        <translation>請用更少的通道或更小的卷積核</translation>
    </message>
    <message>
        <source>layer {index} ({layer}) would have {need} weights{before}; a stack may have {limit} in all — {hint}</source>
        <translation>第 {index} 層（{layer}）將有 {need} 個權重{before}；一個堆疊總共最多 {limit} 個——{hint}</translation>
    </message>
    <message>
        <source>layer {index} ({layer}) would take {need} multiply-adds{before}; a stack may take {limit} in all (a few seconds of computing) — {hint}, or a smaller kernel</source>
        <translation>第 {index} 層（{layer}）將需要 {need} 次乘加{before}；一個堆疊總共最多 {limit} 次（幾秒的計算）——{hint}，或用更小的卷積核</translation>
    </message>
    <message>
        <source>{billions} billion</source>
        <translation>{yi} 億</translation>
    </message>
    <message>
        <source>{millions} million</source>
        <translation>{wan} 萬</translation>
    </message>
</context>
<context>
    <name>StackLayers</name>
    <message>
        <source>Number of filters = channels of the output</source>
        <translation>濾波器個數 = 輸出的通道數</translation>
    </message>
    <message>
        <source>Height and width of each filter</source>
        <translation>每個濾波器的高和寬</translation>
    </message>
    <message>
        <source>Step between neighbouring windows</source>
        <translation>相鄰視窗之間的步長</translation>
    </message>
    <message>
        <source>Zeros added around the input: a number, &apos;same&apos; or &apos;valid&apos;</source>
        <translation>在輸入四周補的零：一個數、&apos;same&apos; 或 &apos;valid&apos;</translation>
    </message>
    <message>
        <source>Add one learned constant per output channel</source>
        <translation>每個輸出通道加一個學習得到的常數</translation>
    </message>
    <message>
        <source>Pooling window size</source>
        <translation>池化視窗大小</translation>
    </message>
    <message>
        <source>Step between windows (0 = the window size)</source>
        <translation>視窗之間的步長（0 = 視窗大小）</translation>
    </message>
    <message>
        <source>Padding (at most half the window)</source>
        <translation>填充（最多為視窗的一半）</translation>
    </message>
    <message>
        <source>a vector of 1 feature</source>
        <translation>一個含 1 個特徵的向量</translation>
    </message>
    <message>
        <source>a vector of {n} features</source>
        <translation>一個含 {n} 個特徵的向量</translation>
    </message>
    <message>
        <source>an {shape} map</source>
        <translation>一張 {shape} 的特徵圖</translation>
    </message>
    <message>
        <source>a {shape} map</source>
        <translation>一張 {shape} 的特徵圖</translation>
    </message>
    <message>
        <source>{label} needs maps (channels × height × width) but gets {shape}: it cannot follow a Flatten</source>
        <translation>{label} 需要特徵圖（通道 × 高 × 寬），但得到的是{shape}：它不能放在 Flatten 之後</translation>
    </message>
    <message>
        <source>output_padding ({output_padding}) must be smaller than stride ({stride})</source>
        <translation>output_padding（{output_padding}）必須小於步長（{stride}）</translation>
    </message>
    <message>
        <source>pool padding {padding} is more than half the window {window}</source>
        <translation>池化填充 {padding} 超過了視窗 {window} 的一半</translation>
    </message>
    <message>
        <source>Linear needs a vector of features but gets {shape}: add a Flatten before it (it would make {features} features)</source>
        <translation>Linear 需要特徵向量，但得到的是{shape}：請在它之前加一個 Flatten（會得到 {features} 個特徵）</translation>
    </message>
    <message>
        <source>Standard convolution: every filter sees every input channel</source>
        <translation>標準卷積：每個濾波器都看到每個輸入通道</translation>
    </message>
    <message>
        <source>Gap between kernel taps</source>
        <translation>卷積核各抽頭之間的間隔</translation>
    </message>
    <message>
        <source>Depthwise convolution: one filter per input channel (a Conv2d with groups = channels)</source>
        <translation>深度卷積：每個輸入通道一個濾波器（groups = 通道數的 Conv2d）</translation>
    </message>
    <message>
        <source>Filters per input channel</source>
        <translation>每個輸入通道的濾波器個數</translation>
    </message>
    <message>
        <source>Pointwise convolution: a 1×1 Conv2d that mixes the channels at each pixel</source>
        <translation>逐點卷積：在每個像素上混合各通道的 1×1 Conv2d</translation>
    </message>
    <message>
        <source>Transposed convolution: each input cell stamps the kernel</source>
        <translation>轉置卷積：每個輸入儲存格把卷積核蓋印到輸出上</translation>
    </message>
    <message>
        <source>Kernel size</source>
        <translation>卷積核大小</translation>
    </message>
    <message>
        <source>Upsampling factor</source>
        <translation>上取樣倍數</translation>
    </message>
    <message>
        <source>Rows/cols cropped from the output border</source>
        <translation>從輸出邊緣裁掉的列/欄數</translation>
    </message>
    <message>
        <source>Extra rows/cols on one side (&lt; stride)</source>
        <translation>在一側多加的列/欄數（&lt; 步長）</translation>
    </message>
    <message>
        <source>max(0, x)</source>
        <translation>max(0, x)</translation>
    </message>
    <message>
        <source>x if x &gt; 0 else slope·x</source>
        <translation>x &gt; 0 時為 x，否則為 slope·x</translation>
    </message>
    <message>
        <source>Slope for negative inputs</source>
        <translation>負輸入的斜率</translation>
    </message>
    <message>
        <source>1 / (1 + e^-x)</source>
        <translation>1 / (1 + e^-x)</translation>
    </message>
    <message>
        <source>Hyperbolic tangent</source>
        <translation>雙曲正切</translation>
    </message>
    <message>
        <source>Largest value in each window</source>
        <translation>每個視窗中的最大值</translation>
    </message>
    <message>
        <source>Mean of each window</source>
        <translation>每個視窗的平均值</translation>
    </message>
    <message>
        <source>Mean of each whole channel</source>
        <translation>每個完整通道的平均值</translation>
    </message>
    <message>
        <source>Largest value of each whole channel</source>
        <translation>每個完整通道的最大值</translation>
    </message>
    <message>
        <source>In train mode, zero random units and scale the rest by 1/(1 − p); in eval mode (the stack&apos;s default, as torch&apos;s model.eval()) pass everything through unchanged</source>
        <translation>訓練模式下，隨機把一些單元置零，其餘乘以 1/(1 − p)；評估模式下（堆疊的預設模式，如 torch 的 model.eval()）全部原樣通過</translation>
    </message>
    <message>
        <source>Dropout rate: the chance each unit is zeroed in train mode</source>
        <translation>隨機失活 (dropout) 的比率：訓練模式下每個單元被置零的機率</translation>
    </message>
    <message>
        <source>Random seed of the mask (train mode)</source>
        <translation>遮罩的隨機種子（訓練模式）</translation>
    </message>
    <message>
        <source>(C, H, W) → (C·H·W,)</source>
        <translation>(C, H, W) → (C·H·W,)</translation>
    </message>
    <message>
        <source>Fully connected: every feature to every output</source>
        <translation>全連接：每個特徵連到每個輸出</translation>
    </message>
    <message>
        <source>Number of outputs</source>
        <translation>輸出個數</translation>
    </message>
    <message>
        <source>unknown layer kind {kind}; known: {known}</source>
        <translation>未知的層類型 {kind}；已知的有：{known}</translation>
    </message>
    <message>
        <source>{name} must be a whole number, got {value}</source>
        <translation>{name} 必須是整數，實際為 {value}</translation>
    </message>
    <message>
        <source>{name} must be a number, got {value}</source>
        <translation>{name} 必須是數字，實際為 {value}</translation>
    </message>
    <message>
        <source>{name} must be a finite number, got {value}</source>
        <translation>{name} 必須是有限數，實際為 {value}</translation>
    </message>
    <message>
        <source>{name} must be a whole number, &apos;same&apos; or &apos;valid&apos;, got {value}</source>
        <translation>{name} 必須是整數、&apos;same&apos; 或 &apos;valid&apos;，實際為 {value}</translation>
    </message>
    <message>
        <source>{name} must be true or false, got {value}</source>
        <translation>{name} 必須是 true 或 false，實際為 {value}</translation>
    </message>
    <message>
        <source>{name} must be in [{lo}, {hi}], got {value}</source>
        <translation>{name} 必須在 [{lo}, {hi}] 之內，實際為 {value}</translation>
    </message>
    <message>
        <source>{kind} has no parameter {names}</source>
        <translation>{kind} 沒有參數 {names}</translation>
    </message>
</context>
<context>
    <name>StackParams</name>
    <message>
        <source>out channels</source>
        <translation>輸出通道數</translation>
    </message>
    <message>
        <source>kernel size</source>
        <translation>卷積核大小</translation>
    </message>
    <message>
        <source>stride</source>
        <translation>步長</translation>
    </message>
    <message>
        <source>padding</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>dilation</source>
        <translation>擴張率</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>偏置</translation>
    </message>
    <message>
        <source>multiplier</source>
        <translation>倍數</translation>
    </message>
    <message>
        <source>output padding</source>
        <translation>輸出填充</translation>
    </message>
    <message>
        <source>negative slope</source>
        <translation>負斜率</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p（失活機率）</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>隨機種子</translation>
    </message>
    <message>
        <source>out features</source>
        <translation>輸出特徵數</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>the stack has no layers: it must end in a Linear layer with one output per class</source>
        <translation>堆疊中沒有層：它的最後必須是一個每個類別一個輸出的 Linear 層</translation>
    </message>
    <message>
        <source>the stack must end in {classes} class scores (a Linear with {classes} outputs), but its last layer gives {shape}</source>
        <translation>堆疊的最後必須給出 {classes} 個類別得分（一個有 {classes} 個輸出的 Linear），但它的最後一層給出的是{shape}</translation>
    </message>
    <message>
        <source>internal error: {error}</source>
        <translation>內部錯誤：{error}</translation>
    </message>
</context>
</TS>
