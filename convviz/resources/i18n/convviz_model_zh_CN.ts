<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Graph</name>
    <message>
        <source>node {node} ({op}) reads {value}, which no earlier node makes</source>
        <translation>节点 {node}（{op}）读取 {value}，但它前面没有任何节点产生这个值</translation>
    </message>
    <message>
        <source>the graph&apos;s output {value} is made by no node</source>
        <translation>图的输出 {value} 不由任何节点产生</translation>
    </message>
    <message>
        <source>node {node} ({op}): {error}</source>
        <translation>节点 {node}（{op}）：{error}</translation>
    </message>
    <message>
        <source>node {node} ({op}): one pass would keep more than {limit} MiB of values</source>
        <translation>节点 {node}（{op}）：一次前向传播要保留的数值将超过 {limit} MiB</translation>
    </message>
</context>
<context>
    <name>GraphShapes</name>
    <message>
        <source>shape {shape} is negative or larger than {limit} values</source>
        <translation>形状 {shape} 为负，或超过 {limit} 个数值</translation>
    </message>
    <message>
        <source>Reshape of {shape} ({size} values) to {target}</source>
        <translation>Reshape 无法把 {shape}（{size} 个数值）变为 {target}</translation>
    </message>
</context>
<context>
    <name>GraphWindows</name>
    <message>
        <source>a window of {reach} cells does not fit in {size} + {padding} padding</source>
        <translation>{reach} 个单元格的窗口放不进 {size} + {padding} 填充</translation>
    </message>
</context>
<context>
    <name>KernelBank</name>
    <message>
        <source>edge</source>
        <translation>边缘</translation>
    </message>
</context>
<context>
    <name>KernelFile</name>
    <message>
        <source>the file must contain a JSON object.</source>
        <translation>文件必须包含一个 JSON 对象。</translation>
    </message>
    <message>
        <source>format must be {tag}, got {value}.</source>
        <translation>format 必须是 {tag}，实际为 {value}。</translation>
    </message>
    <message>
        <source>version must be {version}, got {value}.</source>
        <translation>version 必须是 {version}，实际为 {value}。</translation>
    </message>
    <message>
        <source>&apos;shared&apos; must be true or false, got {value}.</source>
        <translation>&apos;shared&apos; 必须是 true 或 false，实际为 {value}。</translation>
    </message>
    <message>
        <source>&apos;filters&apos; must be a non-empty list.</source>
        <translation>&apos;filters&apos; 必须是非空列表。</translation>
    </message>
    <message>
        <source>it holds {count} filters; a layer here holds at most {limit} (each gets its own feature map on screen).</source>
        <translation>它有 {count} 个滤波器；这里一层最多 {limit} 个（每个滤波器在屏幕上都有自己的特征图）。</translation>
    </message>
    <message>
        <source>all filters must have the same size, got {sizes}.</source>
        <translation>所有滤波器必须大小相同，实际为 {sizes}。</translation>
    </message>
    <message>
        <source>&apos;bias&apos; must be a list with one number per filter ({count}).</source>
        <translation>&apos;bias&apos; 必须是每个滤波器一个数的列表（{count} 个）。</translation>
    </message>
    <message>
        <source>filter {index}</source>
        <translation>滤波器 {index}</translation>
    </message>
    <message>
        <source>{where} must be an object with &apos;name&apos; and &apos;weights&apos;.</source>
        <translation>{where} 必须是含 &apos;name&apos; 和 &apos;weights&apos; 的对象。</translation>
    </message>
    <message>
        <source>{where}: &apos;name&apos; must be a string, got {value}.</source>
        <translation>{where}：&apos;name&apos; 必须是字符串，实际为 {value}。</translation>
    </message>
    <message>
        <source>{where}: its name is {length} characters long; at most {limit}.</source>
        <translation>{where}：名称长 {length} 个字符；最多 {limit} 个。</translation>
    </message>
    <message>
        <source>{where}: &apos;weights&apos; must hold {channels} channel slice(s) (C, kH, kW).</source>
        <translation>{where}：&apos;weights&apos; 必须含 {channels} 个通道切片 (C, kH, kW)。</translation>
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
        <translation>{where}：权重必须是由数字行组成的列表。</translation>
    </message>
    <message>
        <source>{where}: {rows} rows is outside 1..{limit}.</source>
        <translation>{where}：{rows} 行超出 1..{limit}。</translation>
    </message>
    <message>
        <source>{where}: rows have different lengths {lengths} (ragged).</source>
        <translation>{where}：各行长度不同 {lengths}（参差不齐）。</translation>
    </message>
    <message>
        <source>{where}: {columns} columns is outside 1..{limit}.</source>
        <translation>{where}：{columns} 列超出 1..{limit}。</translation>
    </message>
    <message>
        <source>{where} row {row}</source>
        <translation>{where} 第 {row} 行</translation>
    </message>
    <message>
        <source>{where}: {value} is not a number.</source>
        <translation>{where}：{value} 不是数字。</translation>
    </message>
    <message>
        <source>{where}: {value} is not a finite number.</source>
        <translation>{where}：{value} 不是有限数。</translation>
    </message>
</context>
<context>
    <name>KernelPresets</name>
    <message>
        <source>Copies the input: one weight of 1 at the centre.</source>
        <translation>复制输入：中心一个权重为 1。</translation>
    </message>
    <message>
        <source>Edge detector: centre against its 8 neighbours; flat regions go to 0.</source>
        <translation>边缘检测：中心对比它的 8 个邻居；平坦区域变为 0。</translation>
    </message>
    <message>
        <source>Edge detector: centre against its 4 direct neighbours.</source>
        <translation>边缘检测：中心对比它上下左右的 4 个邻居。</translation>
    </message>
    <message>
        <source>Sharpen: adds the edge response back to the image.</source>
        <translation>锐化：把边缘响应加回图像。</translation>
    </message>
    <message>
        <source>Box blur: the mean of the 3×3 neighbourhood.</source>
        <translation>方框模糊：3×3 邻域的平均值。</translation>
    </message>
    <message>
        <source>Gaussian blur 3×3 (binomial 1-2-1): a softer, rounder blur than the box.</source>
        <translation>高斯模糊 3×3（二项式 1-2-1）：比方框模糊更柔和、更圆润。</translation>
    </message>
    <message>
        <source>Gaussian blur 5×5 (binomial 1-4-6-4-1).</source>
        <translation>高斯模糊 5×5（二项式 1-4-6-4-1）。</translation>
    </message>
    <message>
        <source>Sobel x: horizontal gradient, lights up vertical edges.</source>
        <translation>Sobel x：水平方向的梯度，突出竖直边缘。</translation>
    </message>
    <message>
        <source>Sobel y: vertical gradient, lights up horizontal edges.</source>
        <translation>Sobel y：竖直方向的梯度，突出水平边缘。</translation>
    </message>
    <message>
        <source>Scharr x: a horizontal gradient with better rotational symmetry than Sobel.</source>
        <translation>Scharr x：水平方向的梯度，旋转对称性比 Sobel 更好。</translation>
    </message>
    <message>
        <source>Scharr y: the vertical Scharr gradient.</source>
        <translation>Scharr y：竖直方向的 Scharr 梯度。</translation>
    </message>
    <message>
        <source>Laplacian: second derivative, responds to blobs and edges in every direction.</source>
        <translation>拉普拉斯：二阶导数，对各个方向的斑点和边缘都有响应。</translation>
    </message>
    <message>
        <source>Emboss: a diagonal gradient that makes the image look raised.</source>
        <translation>浮雕：沿对角线的梯度，让图像看起来凸起。</translation>
    </message>
    <message>
        <source>Motion blur: averages along a diagonal line, like a camera moving.</source>
        <translation>运动模糊：沿一条对角线取平均，就像相机在移动。</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>恒等</translation>
    </message>
    <message>
        <source>Edge (8 neighbours)</source>
        <translation>边缘（8 邻居）</translation>
    </message>
    <message>
        <source>Edge (4 neighbours)</source>
        <translation>边缘（4 邻居）</translation>
    </message>
    <message>
        <source>Sharpen</source>
        <translation>锐化</translation>
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
        <translation>Sobel x（竖直边缘）</translation>
    </message>
    <message>
        <source>Sobel y (horizontal edges)</source>
        <translation>Sobel y（水平边缘）</translation>
    </message>
    <message>
        <source>Scharr x (vertical edges)</source>
        <translation>Scharr x（竖直边缘）</translation>
    </message>
    <message>
        <source>Scharr y (horizontal edges)</source>
        <translation>Scharr y（水平边缘）</translation>
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
        <translation>运动模糊 5×5</translation>
    </message>
</context>
<context>
    <name>LayerSettings</name>
    <message>
        <source>the layer settings must be an object</source>
        <translation>层设置必须是一个对象</translation>
    </message>
    <message>
        <source>unknown layer setting {name}</source>
        <translation>未知的层设置 {name}</translation>
    </message>
    <message>
        <source>{name} must be one of {allowed}, got {value}</source>
        <translation>{name} 必须是 {allowed} 之一，实际为 {value}</translation>
    </message>
    <message>
        <source>{name} must be a whole number, got {value}</source>
        <translation>{name} 必须是整数，实际为 {value}</translation>
    </message>
    <message>
        <source>{name} must be true or false, got {value}</source>
        <translation>{name} 必须是 true 或 false，实际为 {value}</translation>
    </message>
    <message>
        <source>{name} must be between {low} and {high}, got {value}</source>
        <translation>{name} 必须在 {low} 到 {high} 之间，实际为 {value}</translation>
    </message>
</context>
<context>
    <name>LiveStats</name>
    <message>
        <source>fps {fps} · capture {capture} ms · engine {engine} ms · display {display} ms · latency {latency} ms</source>
        <translation>帧率 {fps} · 采集 {capture} ms · 计算 {engine} ms · 显示 {display} ms · 延迟 {latency} ms</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>{name} takes (N, {shape}) images, got {got}</source>
        <translation>{name} 接受 (N, {shape}) 的图像，实际为 {got}</translation>
    </message>
    <message>
        <source>{name} takes batches of exactly {batch}, got {got}</source>
        <translation>{name} 只接受大小恰好为 {batch} 的批次，实际为 {got}</translation>
    </message>
</context>
<context>
    <name>NetworkProbe</name>
    <message>
        <source>any batch</source>
        <translation>任意批大小</translation>
    </message>
    <message>
        <source>batch {n}</source>
        <translation>批大小 {n}</translation>
    </message>
    <message>
        <source>gray</source>
        <translation>灰度</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>彩色</translation>
    </message>
    <message>
        <source>{n} channels</source>
        <translation>{n} 个通道</translation>
    </message>
    <message>
        <source>{c} × {h} × {w} (C × H × W, NCHW), {kind}, {batch}</source>
        <translation>{c} × {h} × {w}（C × H × W，NCHW），{kind}，{batch}</translation>
    </message>
    <message>
        <source>class {n}</source>
        <translation>类别 {n}</translation>
    </message>
</context>
<context>
    <name>NetworkSummary</name>
    <message>
        <source>{layers} layers, {params} parameters, {mult_adds} mult-adds</source>
        <translation>{layers} 层，{params} 个参数，{mult_adds} 次乘加</translation>
    </message>
</context>
<context>
    <name>Preprocess</name>
    <message>
        <source>ImageNet mean/std</source>
        <translation>ImageNet 均值/标准差</translation>
    </message>
    <message>
        <source>mean {mean}, std {std}</source>
        <translation>均值 {mean}，标准差 {std}</translation>
    </message>
    <message>
        <source>the model takes {n} channels; an image has 1 or 3</source>
        <translation>模型接受 {n} 个通道；图像只有 1 或 3 个通道</translation>
    </message>
</context>
<context>
    <name>StackBudget</name>
    <message>
        <source>use a smaller input size, fewer channels or a stride</source>
        <translation>请用更小的输入尺寸、更少的通道或加上步长</translation>
    </message>
    <message>
        <source>use a smaller input size, a smaller multiplier or a stride</source>
        <translation>请用更小的输入尺寸、更小的倍数或加上步长</translation>
    </message>
    <message>
        <source>use a smaller input size or fewer channels</source>
        <translation>请用更小的输入尺寸或更少的通道</translation>
    </message>
    <message>
        <source>use a smaller input size, fewer channels or a smaller stride (it enlarges the maps)</source>
        <translation>请用更小的输入尺寸、更少的通道或更小的步长（它会放大特征图）</translation>
    </message>
    <message>
        <source>use a smaller multiplier or kernel, or fewer channels before it</source>
        <translation>请用更小的倍数或卷积核，或减少它之前的通道</translation>
    </message>
    <message>
        <source>use fewer outputs, or pool the maps before the Flatten</source>
        <translation>请减少输出，或在 Flatten 之前对特征图做池化</translation>
    </message>
    <message>
        <source>use a smaller input size, or a stride or pooling in an earlier layer</source>
        <translation>请用更小的输入尺寸，或在前面的层中加上步长或池化</translation>
    </message>
    <message>
        <source>{label}, {channels} ch of {h}×{w}</source>
        <translation>{label}，{channels} 个 {h}×{w} 的通道</translation>
    </message>
    <message>
        <source>{label}, {features} features</source>
        <translation>{label}，{features} 个特征</translation>
    </message>
    <message>
        <source>a stack holds at most {limit} layers, and this one would have {count} — remove layers first</source>
        <translation>一个堆叠最多 {limit} 层，而这个堆叠将有 {count} 层——请先删除一些层</translation>
    </message>
    <message>
        <source>, {total} with the layers before it</source>
        <translation>，连同它之前的层共 {total}</translation>
    </message>
    <message>
        <source>layer {index} ({layer}) would need {need} for its output{before}; a stack may use {limit} for all its outputs — {hint}</source>
        <translation>第 {index} 层（{layer}）的输出将需要 {need}{before}；一个堆叠的所有输出最多可用 {limit}——{hint}</translation>
    </message>
    <message>
        <source>use fewer channels or a smaller kernel</source>
        <translation>请用更少的通道或更小的卷积核</translation>
    </message>
    <message>
        <source>layer {index} ({layer}) would have {need} weights{before}; a stack may have {limit} in all — {hint}</source>
        <translation>第 {index} 层（{layer}）将有 {need} 个权重{before}；一个堆叠总共最多 {limit} 个——{hint}</translation>
    </message>
    <message>
        <source>layer {index} ({layer}) would take {need} multiply-adds{before}; a stack may take {limit} in all (a few seconds of computing) — {hint}, or a smaller kernel</source>
        <translation>第 {index} 层（{layer}）将需要 {need} 次乘加{before}；一个堆叠总共最多 {limit} 次（几秒的计算）——{hint}，或用更小的卷积核</translation>
    </message>
    <message>
        <source>{billions} billion</source>
        <translation>{yi} 亿</translation>
    </message>
    <message>
        <source>{millions} million</source>
        <translation>{wan} 万</translation>
    </message>
</context>
<context>
    <name>StackLayers</name>
    <message>
        <source>Number of filters = channels of the output</source>
        <translation>滤波器个数 = 输出的通道数</translation>
    </message>
    <message>
        <source>Height and width of each filter</source>
        <translation>每个滤波器的高和宽</translation>
    </message>
    <message>
        <source>Step between neighbouring windows</source>
        <translation>相邻窗口之间的步长</translation>
    </message>
    <message>
        <source>Zeros added around the input: a number, &apos;same&apos; or &apos;valid&apos;</source>
        <translation>在输入四周补的零：一个数、&apos;same&apos; 或 &apos;valid&apos;</translation>
    </message>
    <message>
        <source>Add one learned constant per output channel</source>
        <translation>每个输出通道加一个学习得到的常数</translation>
    </message>
    <message>
        <source>Pooling window size</source>
        <translation>池化窗口大小</translation>
    </message>
    <message>
        <source>Step between windows (0 = the window size)</source>
        <translation>窗口之间的步长（0 = 窗口大小）</translation>
    </message>
    <message>
        <source>Padding (at most half the window)</source>
        <translation>填充（最多为窗口的一半）</translation>
    </message>
    <message>
        <source>a vector of 1 feature</source>
        <translation>一个含 1 个特征的向量</translation>
    </message>
    <message>
        <source>a vector of {n} features</source>
        <translation>一个含 {n} 个特征的向量</translation>
    </message>
    <message>
        <source>an {shape} map</source>
        <translation>一张 {shape} 的特征图</translation>
    </message>
    <message>
        <source>a {shape} map</source>
        <translation>一张 {shape} 的特征图</translation>
    </message>
    <message>
        <source>{label} needs maps (channels × height × width) but gets {shape}: it cannot follow a Flatten</source>
        <translation>{label} 需要特征图（通道 × 高 × 宽），但得到的是{shape}：它不能放在 Flatten 之后</translation>
    </message>
    <message>
        <source>output_padding ({output_padding}) must be smaller than stride ({stride})</source>
        <translation>output_padding（{output_padding}）必须小于步长（{stride}）</translation>
    </message>
    <message>
        <source>pool padding {padding} is more than half the window {window}</source>
        <translation>池化填充 {padding} 超过了窗口 {window} 的一半</translation>
    </message>
    <message>
        <source>Linear needs a vector of features but gets {shape}: add a Flatten before it (it would make {features} features)</source>
        <translation>Linear 需要特征向量，但得到的是{shape}：请在它之前加一个 Flatten（会得到 {features} 个特征）</translation>
    </message>
    <message>
        <source>Standard convolution: every filter sees every input channel</source>
        <translation>标准卷积：每个滤波器都看到每个输入通道</translation>
    </message>
    <message>
        <source>Gap between kernel taps</source>
        <translation>卷积核各抽头之间的间隔</translation>
    </message>
    <message>
        <source>Depthwise convolution: one filter per input channel (a Conv2d with groups = channels)</source>
        <translation>深度卷积：每个输入通道一个滤波器（groups = 通道数的 Conv2d）</translation>
    </message>
    <message>
        <source>Filters per input channel</source>
        <translation>每个输入通道的滤波器个数</translation>
    </message>
    <message>
        <source>Pointwise convolution: a 1×1 Conv2d that mixes the channels at each pixel</source>
        <translation>逐点卷积：在每个像素上混合各通道的 1×1 Conv2d</translation>
    </message>
    <message>
        <source>Transposed convolution: each input cell stamps the kernel</source>
        <translation>转置卷积：每个输入单元格把卷积核盖印到输出上</translation>
    </message>
    <message>
        <source>Kernel size</source>
        <translation>卷积核大小</translation>
    </message>
    <message>
        <source>Upsampling factor</source>
        <translation>上采样倍数</translation>
    </message>
    <message>
        <source>Rows/cols cropped from the output border</source>
        <translation>从输出边缘裁掉的行/列数</translation>
    </message>
    <message>
        <source>Extra rows/cols on one side (&lt; stride)</source>
        <translation>在一侧多加的行/列数（&lt; 步长）</translation>
    </message>
    <message>
        <source>max(0, x)</source>
        <translation>max(0, x)</translation>
    </message>
    <message>
        <source>x if x &gt; 0 else slope·x</source>
        <translation>x &gt; 0 时为 x，否则为 slope·x</translation>
    </message>
    <message>
        <source>Slope for negative inputs</source>
        <translation>负输入的斜率</translation>
    </message>
    <message>
        <source>1 / (1 + e^-x)</source>
        <translation>1 / (1 + e^-x)</translation>
    </message>
    <message>
        <source>Hyperbolic tangent</source>
        <translation>双曲正切</translation>
    </message>
    <message>
        <source>Largest value in each window</source>
        <translation>每个窗口中的最大值</translation>
    </message>
    <message>
        <source>Mean of each window</source>
        <translation>每个窗口的平均值</translation>
    </message>
    <message>
        <source>Mean of each whole channel</source>
        <translation>每个完整通道的平均值</translation>
    </message>
    <message>
        <source>Largest value of each whole channel</source>
        <translation>每个完整通道的最大值</translation>
    </message>
    <message>
        <source>In train mode, zero random units and scale the rest by 1/(1 − p); in eval mode (the stack&apos;s default, as torch&apos;s model.eval()) pass everything through unchanged</source>
        <translation>训练模式下，随机把一些单元置零，其余乘以 1/(1 − p)；评估模式下（堆叠的默认模式，如 torch 的 model.eval()）全部原样通过</translation>
    </message>
    <message>
        <source>Dropout rate: the chance each unit is zeroed in train mode</source>
        <translation>随机失活 (dropout) 的比率：训练模式下每个单元被置零的概率</translation>
    </message>
    <message>
        <source>Random seed of the mask (train mode)</source>
        <translation>掩码的随机种子（训练模式）</translation>
    </message>
    <message>
        <source>(C, H, W) → (C·H·W,)</source>
        <translation>(C, H, W) → (C·H·W,)</translation>
    </message>
    <message>
        <source>Fully connected: every feature to every output</source>
        <translation>全连接：每个特征连到每个输出</translation>
    </message>
    <message>
        <source>Number of outputs</source>
        <translation>输出个数</translation>
    </message>
    <message>
        <source>unknown layer kind {kind}; known: {known}</source>
        <translation>未知的层类型 {kind}；已知的有：{known}</translation>
    </message>
    <message>
        <source>{name} must be a whole number, got {value}</source>
        <translation>{name} 必须是整数，实际为 {value}</translation>
    </message>
    <message>
        <source>{name} must be a number, got {value}</source>
        <translation>{name} 必须是数字，实际为 {value}</translation>
    </message>
    <message>
        <source>{name} must be a finite number, got {value}</source>
        <translation>{name} 必须是有限数，实际为 {value}</translation>
    </message>
    <message>
        <source>{name} must be a whole number, &apos;same&apos; or &apos;valid&apos;, got {value}</source>
        <translation>{name} 必须是整数、&apos;same&apos; 或 &apos;valid&apos;，实际为 {value}</translation>
    </message>
    <message>
        <source>{name} must be true or false, got {value}</source>
        <translation>{name} 必须是 true 或 false，实际为 {value}</translation>
    </message>
    <message>
        <source>{name} must be in [{lo}, {hi}], got {value}</source>
        <translation>{name} 必须在 [{lo}, {hi}] 之内，实际为 {value}</translation>
    </message>
    <message>
        <source>{kind} has no parameter {names}</source>
        <translation>{kind} 没有参数 {names}</translation>
    </message>
</context>
<context>
    <name>StackParams</name>
    <message>
        <source>out channels</source>
        <translation>输出通道数</translation>
    </message>
    <message>
        <source>kernel size</source>
        <translation>卷积核大小</translation>
    </message>
    <message>
        <source>stride</source>
        <translation>步长</translation>
    </message>
    <message>
        <source>padding</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>dilation</source>
        <translation>扩张率</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>偏置</translation>
    </message>
    <message>
        <source>multiplier</source>
        <translation>倍数</translation>
    </message>
    <message>
        <source>output padding</source>
        <translation>输出填充</translation>
    </message>
    <message>
        <source>negative slope</source>
        <translation>负斜率</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p（失活概率）</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>out features</source>
        <translation>输出特征数</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>the stack has no layers: it must end in a Linear layer with one output per class</source>
        <translation>堆叠中没有层：它的最后必须是一个每个类别一个输出的 Linear 层</translation>
    </message>
    <message>
        <source>the stack must end in {classes} class scores (a Linear with {classes} outputs), but its last layer gives {shape}</source>
        <translation>堆叠的最后必须给出 {classes} 个类别得分（一个有 {classes} 个输出的 Linear），但它的最后一层给出的是{shape}</translation>
    </message>
    <message>
        <source>internal error: {error}</source>
        <translation>内部错误：{error}</translation>
    </message>
</context>
</TS>
