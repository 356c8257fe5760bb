<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>ArithmeticPanel</name>
    <message>
        <source>&lt;b&gt;Try this&lt;/b&gt;&lt;ol style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;Click an output cell on a feature map: the outlined box on the input is what it sees, and this panel works out its number.&lt;/li&gt;&lt;li&gt;Press ← → ↑ ↓ to walk the kernel over the image; Ctrl+F zooms onto it.&lt;/li&gt;&lt;li&gt;Pick another kernel (Kernel panel), or change the stride or padding (Layer panel).&lt;/li&gt;&lt;li&gt;Ctrl+2 steps through the layer cell by cell; F1 explains any tab.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;b&gt;試試看&lt;/b&gt;&lt;ol style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;按一下特徵圖上的一個輸出儲存格：輸入上框出的區域就是它看到的部分，本面板算出它的數值。&lt;/li&gt;&lt;li&gt;按 ← → ↑ ↓ 讓卷積核在影像上移動；Ctrl+F 放大到該處。&lt;/li&gt;&lt;li&gt;換一個卷積核（卷積核面板），或改變步長或填充（卷積層面板）。&lt;/li&gt;&lt;li&gt;Ctrl+2 逐個儲存格演示這一層；F1 說明任一分頁。&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>The pinned output cell</source>
        <translation>固定的輸出儲存格</translation>
    </message>
    <message>
        <source>Which input channel&apos;s window, kernel slice and products to show</source>
        <translation>顯示哪個輸入通道的視窗、卷積核切片和乘積</translation>
    </message>
    <message>
        <source>input window</source>
        <translation>輸入視窗</translation>
    </message>
    <message>
        <source>The input values under the kernel&apos;s taps (blue marks: padding). Zoom out to see where they sit: the outlined box on the input.</source>
        <translation>卷積核各抽頭下的輸入值（藍色標記：填充）。縮小可看到它們的位置：輸入上框出的區域。</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>卷積核</translation>
    </message>
    <message>
        <source>The weights as applied to this window.</source>
        <translation>作用於此視窗的權重。</translation>
    </message>
    <message>
        <source>window × kernel</source>
        <translation>視窗 × 卷積核</translation>
    </message>
    <message>
        <source>Each input value times its weight.</source>
        <translation>每個輸入值乘以它的權重。</translation>
    </message>
    <message>
        <source>The sum of the products, plus the bias, through the activation. The numbers in the cells are rounded to two decimals; the sum is of the exact products.</source>
        <translation>乘積之和加上偏置，再經過激活函數。儲存格中的數字四捨五入到兩位小數；求和用的是精確的乘積。</translation>
    </message>
    <message>
        <source>map</source>
        <translation>特徵圖</translation>
    </message>
    <message>
        <source>pooled</source>
        <translation>池化圖</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0} {1}, cell (row {2}, col {3})&lt;/b&gt;</source>
        <translation>&lt;b&gt;{0} {1}，儲存格（第 {2} 列，第 {3} 欄）&lt;/b&gt;</translation>
    </message>
    <message>
        <source>kernel, turned 180° (true convolution)</source>
        <translation>卷積核，旋轉 180°（真卷積）</translation>
    </message>
    <message>
        <source>feature-map block</source>
        <translation>特徵圖區塊</translation>
    </message>
    <message>
        <source>&lt;p&gt;per channel: {0}&lt;/p&gt;</source>
        <translation>&lt;p&gt;各通道：{0}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;sum of products = &lt;b&gt;{0}&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;乘積之和 = &lt;b&gt;{0}&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;{0} bias {1} = &lt;b&gt;{2}&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;{0} 偏置 {1} = &lt;b&gt;{2}&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#888&apos;&gt;cells rounded; the sum is exact&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#888&apos;&gt;儲存格中為捨入值；總和是精確的&lt;/p&gt;</translation>
    </message>
    <message>
        <source>max of the {0}×{1} block = &lt;b&gt;{2}&lt;/b&gt;, from the cell at (row {3}, col {4}) of the feature map (green); {5} cells tie, the first in reading order wins</source>
        <translation>{0}×{1} 區塊的最大值 = &lt;b&gt;{2}&lt;/b&gt;，來自特徵圖的儲存格（第 {3} 列，第 {4} 欄）（綠色）；{5} 個儲存格並列，按閱讀順序取第一個</translation>
    </message>
    <message>
        <source>max of the {0}×{1} block = &lt;b&gt;{2}&lt;/b&gt;, from the cell at (row {3}, col {4}) of the feature map (green)</source>
        <translation>{0}×{1} 區塊的最大值 = &lt;b&gt;{2}&lt;/b&gt;，來自特徵圖的儲存格（第 {3} 列，第 {4} 欄）（綠色）</translation>
    </message>
    <message>
        <source>mean of the {0}×{1} block = &lt;b&gt;{2}&lt;/b&gt;</source>
        <translation>{0}×{1} 區塊的平均值 = &lt;b&gt;{2}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ColorBar</name>
    <message>
        <source>The colour scale of the maps: colour ↔ value (signed maps on a square-root scale unless View → Square-root colour scale is off: halfway up the bar is a quarter of the top value)</source>
        <translation>特徵圖的色標：顏色 ↔ 數值（有正負的特徵圖使用平方根刻度，除非關閉了「檢視 → 平方根色標」：色條一半高度處是頂端數值的四分之一）</translation>
    </message>
    <message>
        <source>max</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>−max</source>
        <translation>−最大</translation>
    </message>
    <message>
        <source>min</source>
        <translation>最小</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>The kept layer, and how the current one differs from it</source>
        <translation>保留的層，以及目前的層與它的不同之處</translation>
    </message>
    <message>
        <source>Stop comparing (the kept maps are dropped)</source>
        <translation>停止比較（捨棄保留的特徵圖）</translation>
    </message>
    <message>
        <source>kept: {0} × {1}×{2}</source>
        <translation>保留：{0} × {1}×{2}</translation>
    </message>
    <message>
        <source>nothing yet: change a setting</source>
        <translation>尚無：請改變一項設定</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kept:&lt;/b&gt; {0}&lt;br&gt;&lt;b&gt;Now differs in:&lt;/b&gt; {1}</source>
        <translation>&lt;b&gt;保留：&lt;/b&gt;{0}&lt;br&gt;&lt;b&gt;現在不同之處：&lt;/b&gt;{1}</translation>
    </message>
</context>
<context>
    <name>InputViewWidget</name>
    <message>
        <source>Input (padding ring dimmed)</source>
        <translation>輸入（填充圈變暗顯示）</translation>
    </message>
    <message>
        <source>Input: {0} (padding ring dimmed){1}</source>
        <translation>輸入：{0}（填充圈變暗顯示）{1}</translation>
    </message>
    <message>
        <source>input (row {0}, col {1}) = {2}</source>
        <translation>輸入（第 {0} 列，第 {1} 欄）= {2}</translation>
    </message>
    <message>
        <source>padding (row {0}, col {1})</source>
        <translation>填充（第 {0} 列，第 {1} 欄）</translation>
    </message>
    <message>
        <source>Input: {0}{1}</source>
        <translation>輸入：{0}{1}</translation>
    </message>
</context>
<context>
    <name>KernelEditorWidget</name>
    <message>
        <source>Custom</source>
        <translation>自訂</translation>
    </message>
    <message>
        <source>Add a new filter (an identity kernel) to this layer.</source>
        <translation>向這一層新增一個濾波器（恆等卷積核）。</translation>
    </message>
    <message>
        <source>Normalise</source>
        <translation>正規化</translation>
    </message>
    <message>
        <source>Scale this filter so its weights sum to 1 (or its largest |weight| is 1 if they sum to 0).</source>
        <translation>縮放此濾波器，使其權重之和為 1（若和為 0，則使最大的 |權重| 為 1）。</translation>
    </message>
    <message>
        <source>Negate</source>
        <translation>取反</translation>
    </message>
    <message>
        <source>Flip the sign of every weight of this filter.</source>
        <translation>翻轉此濾波器每個權重的正負號。</translation>
    </message>
    <message>
        <source>Transpose</source>
        <translation>轉置</translation>
    </message>
    <message>
        <source>Swap rows and columns of this filter (a non-square size transposes every filter).</source>
        <translation>交換此濾波器的列與欄（非正方形尺寸會轉置所有濾波器）。</translation>
    </message>
    <message>
        <source>Rotate 180°</source>
        <translation>旋轉 180°</translation>
    </message>
    <message>
        <source>Turn this filter upside down, which turns correlation into true convolution.</source>
        <translation>將此濾波器上下左右顛倒，互相關由此變成真卷積。</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>隨機</translation>
    </message>
    <message>
        <source>Fill this filter with random He-initialised weights, as a fresh network would.</source>
        <translation>用 He 初始化的隨機權重填充此濾波器，和新建的網路一樣。</translation>
    </message>
    <message>
        <source>Filters of this layer, one feature map each; double-click a name to rename it.</source>
        <translation>這一層的濾波器，每個產生一張特徵圖；按兩下名稱可重新命名。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected filter from this layer.</source>
        <translation>從這一層移除選取的濾波器。</translation>
    </message>
    <message>
        <source>Per channel (RGB)</source>
        <translation>按通道（RGB）</translation>
    </message>
    <message>
        <source>Give each colour channel its own kernel instead of sharing one kernel.</source>
        <translation>讓每個顏色通道有自己的卷積核，而不是共用一個卷積核。</translation>
    </message>
    <message>
        <source>Which colour channel&apos;s kernel the grid shows and edits.</source>
        <translation>網格顯示和編輯哪個顏色通道的卷積核。</translation>
    </message>
    <message>
        <source>Bias added to every output value of this filter.</source>
        <translation>加到此濾波器每個輸出值上的偏置。</translation>
    </message>
    <message>
        <source>Replace the kernel with a well-known one (hover an entry for what it does).</source>
        <translation>用一個常見的卷積核取代目前的卷積核（滑鼠停在項目上可查看其作用）。</translation>
    </message>
    <message>
        <source>Your own weights (no preset matches them).</source>
        <translation>你自己的權重（沒有預設與之相符）。</translation>
    </message>
    <message>
        <source>Kernel height in cells (1-15); the weights are cropped or padded around the centre.</source>
        <translation>卷積核高度（儲存格數，1-15）；權重圍繞中心裁剪或填充。</translation>
    </message>
    <message>
        <source>Kernel width in cells (1-15); the weights are cropped or padded around the centre.</source>
        <translation>卷積核寬度（儲存格數，1-15）；權重圍繞中心裁剪或填充。</translation>
    </message>
    <message>
        <source>What the chosen preset does, and the sum of the shown weights.</source>
        <translation>所選預設的作用，以及所顯示權重之和。</translation>
    </message>
    <message>
        <source>How much one drag over a cell raises (left) or lowers (right) it.</source>
        <translation>拖過一個儲存格一次使它升高（左鍵）或降低（右鍵）多少。</translation>
    </message>
    <message>
        <source>The value Shift+drag writes into every cell it crosses.</source>
        <translation>Shift+拖曳時寫入所經過每個儲存格的值。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Undo the last kernel change (Ctrl+Z).</source>
        <translation>復原上一次卷積核修改（Ctrl+Z）。</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Redo the kernel change you undid (Ctrl+Shift+Z or Ctrl+Y).</source>
        <translation>重做剛復原的卷積核修改（Ctrl+Shift+Z 或 Ctrl+Y）。</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>偏置</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Brush step</source>
        <translation>筆刷步進</translation>
    </message>
    <message>
        <source>Shift value</source>
        <translation>Shift 值</translation>
    </message>
    <message>
        <source>A layer here holds at most {0} filters.</source>
        <translation>這裡的一層最多容納 {0} 個濾波器。</translation>
    </message>
    <message>
        <source>Custom kernel.</source>
        <translation>自訂卷積核。</translation>
    </message>
    <message>
        <source>{0}
Sum of weights: {1}</source>
        <translation>{0}
權重之和：{1}</translation>
    </message>
    <message>
        <source>{0}
Every filter is now {1}×{2}: the filters of one layer share one size.</source>
        <translation>{0}
現在每個濾波器都是 {1}×{2}：同一層的濾波器尺寸相同。</translation>
    </message>
</context>
<context>
    <name>KernelGrid</name>
    <message>
        <source>Type a weight (e.g. -1, 0.25 or 1/9) and press Enter; Esc cancels.</source>
        <translation>輸入一個權重（例如 -1、0.25 或 1/9）後按 Enter；Esc 取消。</translation>
    </message>
    <message>
        <source>Kernel weights: click a cell and type a number (Enter to apply); drag to paint (left raises, right lowers, Shift sets the brush value).</source>
        <translation>卷積核權重：按一下一個儲存格並輸入數字（Enter 套用）；拖曳可塗改（左鍵升高，右鍵降低，Shift 設為筆刷值）。</translation>
    </message>
</context>
<context>
    <name>LayerPanel</name>
    <message>
        <source>How many cells the kernel moves between outputs; 2 halves each side of the output.</source>
        <translation>卷積核在相鄰兩個輸出之間移動的儲存格數；2 使輸出的每條邊減半。</translation>
    </message>
    <message>
        <source>VALID adds nothing; SAME pads so the output is ⌈input/stride⌉; explicit uses the four numbers.</source>
        <translation>VALID 不添加任何內容；SAME 填充到輸出為 ⌈輸入/步長⌉；顯式則使用這四個數字。</translation>
    </message>
    <message>
        <source>Cells added on the top, bottom, left and right before the kernel slides.</source>
        <translation>卷積核滑動之前在上、下、左、右添加的儲存格。</translation>
    </message>
    <message>
        <source>What the added cells contain: zeros, a mirror, copies of the edge, or the other side.</source>
        <translation>添加的儲存格中放什麼：零、鏡像、邊緣的複製，或另一側的內容。</translation>
    </message>
    <message>
        <source>Spacing between the kernel&apos;s taps; 2 spreads a 3×3 kernel over 5×5 cells.</source>
        <translation>卷積核抽頭之間的間距；2 把 3×3 卷積核展開到 5×5 個儲存格上。</translation>
    </message>
    <message>
        <source>Flip the kernel 180° first: true convolution instead of the cross-correlation CNNs use.</source>
        <translation>先將卷積核旋轉 180°：得到真卷積，而不是 CNN 使用的互相關。</translation>
    </message>
    <message>
        <source>Add each filter&apos;s bias to its sums.</source>
        <translation>把每個濾波器的偏置加到它的和上。</translation>
    </message>
    <message>
        <source>The function applied to every output value.</source>
        <translation>作用於每個輸出值的函數。</translation>
    </message>
    <message>
        <source>Shrink each feature map: max or average of each block, or of the whole map.</source>
        <translation>縮小每張特徵圖：取每個區塊或整張圖的最大值或平均值。</translation>
    </message>
    <message>
        <source>Side of the square block that pooling reduces to one value.</source>
        <translation>池化把它縮成一個值的正方形區塊的邊長。</translation>
    </message>
    <message>
        <source>How far the pooling block moves between outputs.</source>
        <translation>池化區塊在相鄰兩個輸出之間移動的距離。</translation>
    </message>
    <message>
        <source>VALID keeps whole blocks only (torch&apos;s default); ceil mode lets a last block overhang (torch ceil_mode); SAME pads so the output is ⌈size/stride⌉, and padding never wins or counts (TensorFlow, Keras).</source>
        <translation>VALID 只保留完整的區塊（torch 的預設）；無條件進位模式允許最後一個區塊超出邊緣（torch 的 ceil_mode）；SAME 填充到輸出為 ⌈尺寸/步長⌉，且填充既不會勝出也不計入（TensorFlow、Keras）。</translation>
    </message>
    <message>
        <source>Feed the image as one gray channel or as three colour channels.</source>
        <translation>將影像作為一個灰階通道或三個顏色通道輸入。</translation>
    </message>
    <message>
        <source>VALID (torch default)</source>
        <translation>VALID（torch 預設）</translation>
    </message>
    <message>
        <source>ceil mode (torch)</source>
        <translation>無條件進位（torch 的 ceil_mode）</translation>
    </message>
    <message>
        <source>SAME (TensorFlow, Keras)</source>
        <translation>SAME（TensorFlow、Keras）</translation>
    </message>
    <message>
        <source>explicit</source>
        <translation>顯式</translation>
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
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>max</source>
        <translation>最大池化</translation>
    </message>
    <message>
        <source>avg</source>
        <translation>平均池化</translation>
    </message>
    <message>
        <source>global max</source>
        <translation>全域最大池化</translation>
    </message>
    <message>
        <source>global avg</source>
        <translation>全域平均池化</translation>
    </message>
    <message>
        <source>gray (1 channel)</source>
        <translation>灰階（1 個通道）</translation>
    </message>
    <message>
        <source>RGB (3 channels)</source>
        <translation>RGB（3 個通道）</translation>
    </message>
    <message>
        <source>T </source>
        <translation>上 </translation>
    </message>
    <message>
        <source>B </source>
        <translation>下 </translation>
    </message>
    <message>
        <source>L </source>
        <translation>左 </translation>
    </message>
    <message>
        <source>R </source>
        <translation>右 </translation>
    </message>
    <message>
        <source>Padding on the top.</source>
        <translation>上方的填充。</translation>
    </message>
    <message>
        <source>Padding on the bottom.</source>
        <translation>下方的填充。</translation>
    </message>
    <message>
        <source>Padding on the left.</source>
        <translation>左側的填充。</translation>
    </message>
    <message>
        <source>Padding on the right.</source>
        <translation>右側的填充。</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>步長</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>Pads</source>
        <translation>填充量</translation>
    </message>
    <message>
        <source>Pad mode</source>
        <translation>填充方式</translation>
    </message>
    <message>
        <source>Dilation</source>
        <translation>擴張率</translation>
    </message>
    <message>
        <source>true convolution (flip kernel)</source>
        <translation>真卷積（翻轉卷積核）</translation>
    </message>
    <message>
        <source>add bias</source>
        <translation>加偏置</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活函數</translation>
    </message>
    <message>
        <source>Pooling</source>
        <translation>池化</translation>
    </message>
    <message>
        <source>Pool size</source>
        <translation>池化尺寸</translation>
    </message>
    <message>
        <source>Pool stride</source>
        <translation>池化步長</translation>
    </message>
    <message>
        <source>Pool edge</source>
        <translation>池化邊緣</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>通道</translation>
    </message>
    <message>
        <source>{0}
The views show the last valid result.</source>
        <translation>{0}
檢視顯示的是上一個有效結果。</translation>
    </message>
</context>
<context>
    <name>MapGridWidget</name>
    <message>
        <source>map</source>
        <translation>特徵圖</translation>
    </message>
    <message>
        <source>pooled</source>
        <translation>池化圖</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>filter {0}</source>
        <translation>濾波器 {0}</translation>
    </message>
    <message>
        <source>{0} {1}: {2}</source>
        <translation>{0} {1}：{2}</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>The current kernel</source>
        <translation>目前的卷積核</translation>
    </message>
    <message>
        <source>Shift or rotate the input</source>
        <translation>平移或旋轉輸入</translation>
    </message>
    <message>
        <source>Parameter sharing in this layer</source>
        <translation>這一層的參數共享</translation>
    </message>
    <message>
        <source>Shift (dy, dx)</source>
        <translation>平移 (dy, dx)</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>旋轉</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>正在測量…</translation>
    </message>
    <message>
        <source>The layer has not run yet.</source>
        <translation>這一層還沒有執行。</translation>
    </message>
    <message>
        <source>Cells the input moves down (negative: up).</source>
        <translation>輸入向下移動的儲存格數（負數：向上）。</translation>
    </message>
    <message>
        <source>Cells the input moves right (negative: left).</source>
        <translation>輸入向右移動的儲存格數（負數：向左）。</translation>
    </message>
    <message>
        <source>Turn the input counter-clockwise about its centre.</source>
        <translation>將輸入繞其中心逆時針旋轉。</translation>
    </message>
    <message>
        <source>any angle</source>
        <translation>任意角度</translation>
    </message>
</context>
<context>
    <name>ShapePanel</name>
    <message>
        <source>No result yet.</source>
        <translation>尚無結果。</translation>
    </message>
    <message>
        <source>Input (C × H × W)</source>
        <translation>輸入 (C × H × W)</translation>
    </message>
    <message>
        <source>Padded</source>
        <translation>填充後</translation>
    </message>
    <message>
        <source>Kernel (F × C × kH × kW)</source>
        <translation>卷積核 (F × C × kH × kW)</translation>
    </message>
    <message>
        <source>Output (F × H × W)</source>
        <translation>輸出 (F × H × W)</translation>
    </message>
    <message>
        <source>Pooled</source>
        <translation>池化後</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>參數量</translation>
    </message>
    <message>
        <source>Multiply-adds</source>
        <translation>乘加次數</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#d33&apos;&gt;&lt;b&gt;⚠ The new settings cannot run.&lt;/b&gt; {0}&lt;br&gt;The views and the numbers below show the last valid layer.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#d33&apos;&gt;&lt;b&gt;⚠ 新的設定無法執行。&lt;/b&gt;{0}&lt;br&gt;檢視和下面的數字顯示的是上一個有效的層。&lt;/p&gt;</translation>
    </message>
</context>
</TS>
