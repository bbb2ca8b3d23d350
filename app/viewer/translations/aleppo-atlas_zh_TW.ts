<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Aleppo Atlas</source>
        <translation>關於阿勒頗地圖集</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Aleppo Atlas %1</source>
        <translation>阿勒頗地圖集 %1</translation>
    </message>
    <message>
        <source>An interactive timeline and map of the September–December 2016 Aleppo offensive, built on the Traditional-Chinese Wikipedia article about it. Every event and change of control quotes the article verbatim, with its paragraph and footnotes.</source>
        <translation>2016年9月至12月阿勒頗攻勢的互動時間軸與地圖，以中文維基百科的相關條目為本。每一事件與每一次控制權變化都逐字引用條目原文，並註明段落與註腳。</translation>
    </message>
    <message>
        <source>The article</source>
        <translation>條目</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>授權條款：%1</translation>
    </message>
    <message>
        <source>Creative Commons Attribution-ShareAlike 4.0</source>
        <translation>創用CC 姓名標示-相同方式分享 4.0</translation>
    </message>
    <message>
        <source>No campaign loaded.</source>
        <translation>尚未載入戰役資料。</translation>
    </message>
    <message>
        <source>About the map</source>
        <translation>關於地圖</translation>
    </message>
    <message>
        <source>District boundaries are approximate cells around public centroids, not surveyed borders.</source>
        <translation>城區邊界是圍繞公開中心點劃出的近似區塊，並非實地測量的界線。</translation>
    </message>
    <message>
        <source>Control follows the article. Where the article is silent, the state is inferred from it and marked as such; the front line on 19 September for districts the article does not name comes from reference geography and is marked approximate.</source>
        <translation>控制狀態依據條目內容。條目未明言之處，狀態由條目推斷並如實標示；條目未提及的城區在9月19日的前線取自參考地理資料，標示為「約略」。</translation>
    </message>
    <message>
        <source>Many entries of the article&apos;s reference list are empty in this copy; they are shown as empty rather than replaced by invented sources.</source>
        <translation>此份條目副本的參考文獻中有許多條目為空白；本程式如實顯示為空白，不另行杜撰來源。</translation>
    </message>
</context>
<context>
    <name>AnimationExportDialog</name>
    <message>
        <source>Export Animation</source>
        <translation>匯出動畫</translation>
    </message>
    <message>
        <source>MP4 video (H.264)</source>
        <translation>MP4 影片（H.264）</translation>
    </message>
    <message>
        <source>WebM video (VP9)</source>
        <translation>WebM 影片（VP9）</translation>
    </message>
    <message>
        <source>GIF animation</source>
        <translation>GIF 動畫</translation>
    </message>
    <message>
        <source>PNG frames (a new folder)</source>
        <translation>PNG 影格（新資料夾）</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自訂</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Caption: the day&apos;s first event, in the map&apos;s language</source>
        <translation>字幕：當天第一則事件，使用地圖的語言</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>檔案(&amp;F)：</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Days per &amp;second:</source>
        <translation>每秒天數(&amp;S)：</translation>
    </message>
    <message>
        <source>Frames per d&amp;ay:</source>
        <translation>每天影格數(&amp;A)：</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>尺寸(&amp;Z)：</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>Folder for the PNG Frames</source>
        <translation>PNG 影格的資料夾</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4);;WebM video (*.webm);;GIF animation (*.gif)</source>
        <translation>MP4 影片 (*.mp4);;WebM 影片 (*.webm);;GIF 動畫 (*.gif)</translation>
    </message>
    <message>
        <source>%1 frames, %2 seconds at %3 frames per second</source>
        <translation>%1 格，%2 秒，每秒 %3 格</translation>
    </message>
    <message>
        <source>Exporting Animation</source>
        <translation>正在匯出動畫</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>開始中…</translation>
    </message>
    <message>
        <source>Frame %1 of %2, about %3 s left</source>
        <translation>第 %1 格，共 %2 格，約剩 %3 秒</translation>
    </message>
    <message>
        <source>Saved the animation to %1</source>
        <translation>已將動畫儲存至 %1</translation>
    </message>
    <message>
        <source>Animation export canceled; nothing was written.</source>
        <translation>已取消匯出動畫；未寫入任何內容。</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <source>The animation could not be saved:
%1</source>
        <translation>無法儲存動畫：
%1</translation>
    </message>
</context>
<context>
    <name>AnimationExporter</name>
    <message>
        <source>no file name for the animation</source>
        <translation>動畫沒有檔名</translation>
    </message>
    <message>
        <source>%1: unknown animation format &quot;%2&quot;; use %3</source>
        <translation>%1：不明的動畫格式「%2」；請使用 %3</translation>
    </message>
    <message>
        <source>%1: the clip needs a first and a last day</source>
        <translation>%1：動畫需要第一天與最後一天</translation>
    </message>
    <message>
        <source>%1: the last day %2 is before the first day %3</source>
        <translation>%1：最後一天 %2 早於第一天 %3</translation>
    </message>
    <message>
        <source>%1: %2 to %3 is not inside the campaign (%4 to %5)</source>
        <translation>%1：%2 到 %3 不在戰役期間內（%4 到 %5）</translation>
    </message>
    <message>
        <source>%1: the frame size %2×%3 must be even, from %4×%5 (smaller is unreadable) to %6×%6</source>
        <translation>%1：影格尺寸 %2×%3 須為偶數，從 %4×%5（更小則無法閱讀）到 %6×%6</translation>
    </message>
    <message>
        <source>%1: days per second must be from 1 to %2, not %3</source>
        <translation>%1：每秒天數須為 1 到 %2，而非 %3</translation>
    </message>
    <message>
        <source>%1: frames per day must be from 1 to %2, not %3</source>
        <translation>%1：每天影格數須為 1 到 %2，而非 %3</translation>
    </message>
    <message>
        <source>%1: %2 days per second at %3 frames per day is %4 frames per second; at most %5</source>
        <translation>%1：每秒 %2 天、每天 %3 格即每秒 %4 格；最多 %5 格</translation>
    </message>
    <message>
        <source>%1: the language &quot;%2&quot; must be en or zh_TW</source>
        <translation>%1：語言「%2」須為 en 或 zh_TW</translation>
    </message>
    <message>
        <source>%1: cannot draw the map: %2</source>
        <translation>%1：無法繪製地圖：%2</translation>
    </message>
    <message>
        <source>%1: cannot allocate a %2×%3 frame</source>
        <translation>%1：無法配置 %2×%3 的影格</translation>
    </message>
    <message>
        <source>%1: canceled; nothing was written</source>
        <translation>%1：已取消；未寫入任何內容</translation>
    </message>
    <message>
        <source>internal error: not an --export-animation command</source>
        <translation>內部錯誤：不是 --export-animation 指令</translation>
    </message>
    <message>
        <source>internal error: --export-animation needs a QApplication (use the offscreen platform)</source>
        <translation>內部錯誤：--export-animation 需要 QApplication（請使用 offscreen 平台）</translation>
    </message>
    <message>
        <source>%1: wrote %2 frames, %3 to %4 (%5×%6, %7 frames per second)</source>
        <translation>%1：已寫入 %2 格，%3 到 %4（%5×%6，每秒 %7 格）</translation>
    </message>
</context>
<context>
    <name>ArticlePanel</name>
    <message>
        <source>Article</source>
        <translation>條目</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>條目全文</translation>
    </message>
    <message>
        <source>The cited Wikipedia article. Dated sentences are links that move the timeline; the current date&apos;s sentences are highlighted.</source>
        <translation>所引用的維基百科條目。有日期的句子是連結，點選可移動時間軸；目前日期的句子會以醒目顏色標示。</translation>
    </message>
    <message>
        <source>No campaign loaded.</source>
        <translation>尚未載入戰役資料。</translation>
    </message>
    <message>
        <source>This campaign has no article text.</source>
        <translation>此戰役資料沒有條目文字。</translation>
    </message>
    <message>
        <source>Figure (not included):</source>
        <translation>圖片（未收錄）：</translation>
    </message>
    <message>
        <source>References</source>
        <translation>參考文獻</translation>
    </message>
    <message>
        <source>Back to the text</source>
        <translation>返回正文</translation>
    </message>
    <message>
        <source>Back to the sentence of the footnote you followed (Alt+Left)</source>
        <translation>返回剛才點擊的註腳所在的句子（Alt+←）</translation>
    </message>
    <message>
        <source>From Chinese Wikipedia, %1. Tinted sentences are dated events: click one to move the timeline there. A footnote leads to its reference; Back (Alt+Left) returns.</source>
        <translation>取自中文維基百科，%1。以淺色底色標示的句子是有日期的事件：點選即可將時間軸移到該日。點選註腳可前往其參考文獻；按「返回」（Alt+←）回到原處。</translation>
    </message>
</context>
<context>
    <name>ArticleParser</name>
    <message>
        <source>reference %1 is out of sequence (expected %2)</source>
        <translation>參考文獻 %1 的編號順序不對（應為 %2）</translation>
    </message>
    <message>
        <source>footnote [%1] in paragraph %2 has no entry in the reference list</source>
        <translation>第%2段的註腳 [%1] 在參考文獻列表中沒有對應項目</translation>
    </message>
</context>
<context>
    <name>CampaignLoader</name>
    <message>
        <source>JSON syntax error: %1</source>
        <translation>JSON 語法錯誤：%1</translation>
    </message>
    <message>
        <source>JSON nests deeper than %1 levels</source>
        <translation>JSON 巢狀層數超過 %1 層</translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation>最上層必須是 JSON 物件</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>未知的鍵「%1」</translation>
    </message>
    <message>
        <source>missing &quot;%1&quot;</source>
        <translation>缺少「%1」</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>「%1」必須是字串</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be empty</source>
        <translation>「%1」不可為空</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array</source>
        <translation>「%1」必須是陣列</translation>
    </message>
    <message>
        <source>%1 must be a JSON object</source>
        <translation>%1必須是 JSON 物件</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a date YYYY-MM-DD, not &quot;%2&quot;</source>
        <translation>「%1」必須是 YYYY-MM-DD 格式的日期，而非「%2」</translation>
    </message>
    <message>
        <source>impossible date &quot;%1&quot;</source>
        <translation>不存在的日期「%1」</translation>
    </message>
    <message>
        <source>a reference number must be a positive integer</source>
        <translation>參考文獻編號必須是正整數</translation>
    </message>
    <message>
        <source>&quot;paragraph&quot; must be a positive integer</source>
        <translation>「paragraph」必須是正整數</translation>
    </message>
    <message>
        <source>paragraph %1 does not exist (the article has %2)</source>
        <translation>第%1段不存在（條目共有 %2 段）</translation>
    </message>
    <message>
        <source>quote does not occur in paragraph %1 of the article</source>
        <translation>引文未出現在條目第%1段中</translation>
    </message>
    <message>
        <source>refs %1 do not match the footnotes of the quoted text in paragraph %2: %3</source>
        <translation>refs %1 與第%2段引文的註腳不符：引文的註腳為 %3</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;aleppo-atlas-campaign&quot;</source>
        <translation>「format」必須是「aleppo-atlas-campaign」</translation>
    </message>
    <message>
        <source>unsupported format_version (this build reads 1)</source>
        <translation>不支援的 format_version（此版本只能讀取 1）</translation>
    </message>
    <message>
        <source>id &quot;%1&quot; is not kebab-case</source>
        <translation>id「%1」不是 kebab-case 格式</translation>
    </message>
    <message>
        <source>the campaign ends (%1) before it starts (%2)</source>
        <translation>戰役的結束日期（%1）早於開始日期（%2）</translation>
    </message>
    <message>
        <source>a side</source>
        <translation>陣營項目</translation>
    </message>
    <message>
        <source>color must be #RRGGBB, not &quot;%1&quot;</source>
        <translation>color 必須是 #RRGGBB，而非「%1」</translation>
    </message>
    <message>
        <source>&quot;contested&quot; is reserved and cannot be a side id</source>
        <translation>「contested」是保留字，不能用作陣營 id</translation>
    </message>
    <message>
        <source>side id &quot;%1&quot; is not kebab-case</source>
        <translation>陣營 id「%1」不是 kebab-case 格式</translation>
    </message>
    <message>
        <source>duplicate side id &quot;%1&quot;</source>
        <translation>重複的陣營 id「%1」</translation>
    </message>
    <message>
        <source>a campaign needs at least one side</source>
        <translation>戰役資料至少需要一個陣營</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a relative path inside the package</source>
        <translation>「%1」必須是套件內的相對路徑</translation>
    </message>
    <message>
        <source>%1 districts; the limit is %2</source>
        <translation>共 %1 個城區；上限為 %2 個</translation>
    </message>
    <message>
        <source>a district</source>
        <translation>城區項目</translation>
    </message>
    <message>
        <source>district id &quot;%1&quot; is not kebab-case</source>
        <translation>城區 id「%1」不是 kebab-case 格式</translation>
    </message>
    <message>
        <source>duplicate district id &quot;%1&quot;</source>
        <translation>重複的城區 id「%1」</translation>
    </message>
    <message>
        <source>latitude must be a number from -90 to 90</source>
        <translation>緯度必須是 -90 至 90 之間的數字</translation>
    </message>
    <message>
        <source>longitude must be a number from -180 to 180</source>
        <translation>經度必須是 -180 至 180 之間的數字</translation>
    </message>
    <message>
        <source>%1 events; the limit is %2</source>
        <translation>共 %1 個事件；上限為 %2 個</translation>
    </message>
    <message>
        <source>an event</source>
        <translation>事件項目</translation>
    </message>
    <message>
        <source>event id &quot;%1&quot; is not kebab-case</source>
        <translation>事件 id「%1」不是 kebab-case 格式</translation>
    </message>
    <message>
        <source>duplicate event id &quot;%1&quot;</source>
        <translation>重複的事件 id「%1」</translation>
    </message>
    <message>
        <source>date %1 is outside the campaign (%2 to %3)</source>
        <translation>date %1 不在戰役期間內（%2 至 %3）</translation>
    </message>
    <message>
        <source>end_date %1 is before date %2</source>
        <translation>end_date %1 早於 date %2</translation>
    </message>
    <message>
        <source>end_date %1 is outside the campaign</source>
        <translation>end_date %1 不在戰役期間內</translation>
    </message>
    <message>
        <source>&quot;date_from_context&quot; must be true or false</source>
        <translation>「date_from_context」必須是 true 或 false</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (one of: %2)</source>
        <translation>未知的事件類別「%1」（須為下列之一：%2）</translation>
    </message>
    <message>
        <source>unknown district &quot;%1&quot;</source>
        <translation>未知的城區「%1」</translation>
    </message>
    <message>
        <source>%1 changes; the limit is %2</source>
        <translation>共 %1 筆控制權變化；上限為 %2 筆</translation>
    </message>
    <message>
        <source>a change</source>
        <translation>控制權變化項目</translation>
    </message>
    <message>
        <source>unknown control &quot;%1&quot; (a side id or &quot;contested&quot;)</source>
        <translation>未知的控制方「%1」（須為陣營 id 或「contested」）</translation>
    </message>
    <message>
        <source>&quot;leading&quot; is only meaningful with &quot;contested&quot;</source>
        <translation>「leading」只在「contested」時才有意義</translation>
    </message>
    <message>
        <source>unknown side &quot;%1&quot;</source>
        <translation>未知的陣營「%1」</translation>
    </message>
    <message>
        <source>side &quot;%1&quot; is listed twice</source>
        <translation>陣營「%1」重複列出</translation>
    </message>
    <message>
        <source>&quot;contestants&quot; is only meaningful with &quot;contested&quot;</source>
        <translation>「contestants」只在「contested」時才有意義</translation>
    </message>
    <message>
        <source>&quot;contestants&quot; needs at least two sides</source>
        <translation>「contestants」至少需要兩個陣營</translation>
    </message>
    <message>
        <source>the leading side &quot;%1&quot; is not among the contestants</source>
        <translation>佔優的陣營「%1」不在 contestants 列出的陣營之中</translation>
    </message>
    <message>
        <source>unknown basis &quot;%1&quot; (stated, inferred or approximate)</source>
        <translation>未知的依據「%1」（須為 stated、inferred 或 approximate）</translation>
    </message>
    <message>
        <source>a source</source>
        <translation>來源項目</translation>
    </message>
    <message>
        <source>a %1 change needs at least one source in the article</source>
        <translation>依據為 %1 的控制權變化至少需要一處出自條目的來源</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation>未知的事件「%1」</translation>
    </message>
    <message>
        <source>district &quot;%1&quot; has no control change; it needs a state on %2</source>
        <translation>城區「%1」沒有任何控制權變化；%2 當天必須有其控制狀態</translation>
    </message>
    <message>
        <source>district &quot;%1&quot; has no state on the campaign&apos;s first day %2 (its first change is %3)</source>
        <translation>城區「%1」在戰役首日 %2 沒有控制狀態（其第一次控制權變化在 %3）</translation>
    </message>
    <message>
        <source>no element with id &quot;%1&quot; for district &quot;%1&quot;</source>
        <translation>城區「%1」在地圖中沒有 id 為「%1」的元素</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>找不到檔案</translation>
    </message>
    <message>
        <source>no campaign path given</source>
        <translation>未指定戰役資料路徑</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>沒有此檔案或資料夾</translation>
    </message>
    <message>
        <source>basis &quot;reported&quot; belongs to reports.json, not to the article&apos;s changes</source>
        <translation>基礎「reported」屬於 reports.json，不屬於條目的控制變化</translation>
    </message>
    <message>
        <source>unknown outlet type &quot;%1&quot; (one of: %2)</source>
        <translation>未知的媒體類型「%1」（可用：%2）</translation>
    </message>
    <message>
        <source>unknown figure unit &quot;%1&quot; (share, km2 or districts)</source>
        <translation>未知的數字單位「%1」（share、km2 或 districts）</translation>
    </message>
    <message>
        <source>a figure&apos;s &quot;value&quot; must be a number of at least 0</source>
        <translation>數字的「value」必須是不小於 0 的數</translation>
    </message>
    <message>
        <source>a share is a number from 0 to 1 (80% is 0.8), not %1</source>
        <translation>比例是 0 至 1 之間的數（80% 即 0.8），而非 %1</translation>
    </message>
    <message>
        <source>a number of districts must be a whole number</source>
        <translation>地區數目必須是整數</translation>
    </message>
    <message>
        <source>unknown qualifier &quot;%1&quot; (about, over, under or exact)</source>
        <translation>未知的限定詞「%1」（about、over、under 或 exact）</translation>
    </message>
    <message>
        <source>%1 reports; the limit is %2</source>
        <translation>%1 篇報導；上限為 %2</translation>
    </message>
    <message>
        <source>a report</source>
        <translation>一篇報導</translation>
    </message>
    <message>
        <source>report id &quot;%1&quot; is not kebab-case</source>
        <translation>報導 id「%1」不是 kebab-case</translation>
    </message>
    <message>
        <source>duplicate report id &quot;%1&quot;</source>
        <translation>重複的報導 id「%1」</translation>
    </message>
    <message>
        <source>missing &quot;outlet&quot;</source>
        <translation>缺少「outlet」</translation>
    </message>
    <message>
        <source>&quot;url&quot; must be an http or https address with a host, without spaces (at most %1 characters)</source>
        <translation>「url」必須是含主機名稱、不含空格的 http 或 https 地址（最多 %1 個字元）</translation>
    </message>
    <message>
        <source>published %1, before the campaign starts (%2)</source>
        <translation>發佈日期 %1 早於戰役開始（%2）</translation>
    </message>
    <message>
        <source>a report needs at least one claim</source>
        <translation>報導至少需要一項聲稱</translation>
    </message>
    <message>
        <source>a claim</source>
        <translation>一項聲稱</translation>
    </message>
    <message>
        <source>claim id &quot;%1&quot; is not kebab-case</source>
        <translation>聲稱 id「%1」不是 kebab-case</translation>
    </message>
    <message>
        <source>duplicate claim id &quot;%1&quot;</source>
        <translation>重複的聲稱 id「%1」</translation>
    </message>
    <message>
        <source>the claim is about %1, after the report was published (%2)</source>
        <translation>聲稱所述日期 %1 晚於報導發佈日期（%2）</translation>
    </message>
    <message>
        <source>district &quot;%1&quot; is listed twice</source>
        <translation>地區「%1」重複列出</translation>
    </message>
    <message>
        <source>&quot;part&quot; must be true or false</source>
        <translation>「part」必須是 true 或 false</translation>
    </message>
    <message>
        <source>a place is a non-empty string</source>
        <translation>地名必須是非空字串</translation>
    </message>
    <message>
        <source>&quot;part&quot; needs a &quot;control&quot;: the side that holds the part, or &quot;contested&quot;</source>
        <translation>「part」需要「control」：佔有該部分的一方，或「contested」</translation>
    </message>
    <message>
        <source>a claim needs at least one of &quot;control&quot;, &quot;denies&quot; or &quot;figure&quot;</source>
        <translation>聲稱至少需要「control」、「denies」或「figure」之一</translation>
    </message>
    <message>
        <source>a claim about control or a denial needs at least one district</source>
        <translation>關於控制權的聲稱或否認至少需要一個地區</translation>
    </message>
    <message>
        <source>a claim cannot deny itself</source>
        <translation>聲稱不能否認自己</translation>
    </message>
    <message>
        <source>&quot;denies&quot; names no claim: &quot;%1&quot;</source>
        <translation>「denies」所指的聲稱不存在：「%1」</translation>
    </message>
    <message>
        <source>the denied claim &quot;%1&quot; is about none of this claim&apos;s districts</source>
        <translation>被否認的聲稱「%1」與本聲稱的地區沒有交集</translation>
    </message>
    <message>
        <source>a neighbourhood</source>
        <translation>一個街區</translation>
    </message>
    <message>
        <source>neighbourhood id &quot;%1&quot; is not kebab-case</source>
        <translation>街區 id「%1」不是 kebab-case 格式</translation>
    </message>
    <message>
        <source>duplicate neighbourhood id &quot;%1&quot;</source>
        <translation>街區 id「%1」重複</translation>
    </message>
    <message>
        <source>&quot;neighbourhoods&quot; needs &quot;part&quot;: true and a side as &quot;control&quot;</source>
        <translation>「neighbourhoods」需要「part」: true 及以某一方為「control」</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a neighbourhood of the claim&apos;s districts</source>
        <translation>「%1」不是此項聲稱所涉地區的街區</translation>
    </message>
    <message>
        <source>neighbourhood &quot;%1&quot; is listed twice</source>
        <translation>街區「%1」列出兩次</translation>
    </message>
    <message>
        <source>&quot;revision&quot; must be the revision&apos;s id on the wiki, a whole number from 1 (the oldid of its permanent link)</source>
        <translation>&quot;revision&quot; 必須是維基上修訂版本的編號，從 1 起的整數（其永久連結的 oldid）</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; appears twice in one object (first at line %2, column %3); which value is meant?</source>
        <translation>鍵「%1」在同一物件中出現兩次（第一次在第 %2 行第 %3 欄）；應以哪個值為準？</translation>
    </message>
</context>
<context>
    <name>CitationController</name>
    <message>
        <source>Copy &amp;Citation</source>
        <translation>複製引文(&amp;C)</translation>
    </message>
    <message>
        <source>Copy a citation of the selected event, district state or history row</source>
        <translation>複製所選事件、區域狀態或歷史列的引文</translation>
    </message>
    <message>
        <source>Citation &amp;Style</source>
        <translation>引文格式(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Chicago</source>
        <translation>&amp;Chicago</translation>
    </message>
    <message>
        <source>&amp;APA</source>
        <translation>&amp;APA</translation>
    </message>
    <message>
        <source>Nothing to cite: select a district, a history row or an event.</source>
        <translation>沒有可引用的內容：請選擇區域、歷史列或事件。</translation>
    </message>
    <message>
        <source>Copied the citation (APA).</source>
        <translation>已複製引文（APA）。</translation>
    </message>
    <message>
        <source>Copied the citation (Chicago).</source>
        <translation>已複製引文（Chicago）。</translation>
    </message>
</context>
<context>
    <name>CitationFormatter</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1至%2</translation>
    </message>
    <message>
        <source>Event of %1: %2</source>
        <translation>%1的事件：%2</translation>
    </message>
    <message>
        <source>at the end of %1</source>
        <translation>%1結束時</translation>
    </message>
    <message>
        <source>%1, %2: no information.</source>
        <translation>%1，%2：無資料。</translation>
    </message>
    <message>
        <source>%1: %2 </source>
        <translation>%1：%2 </translation>
    </message>
    <message>
        <source>from the end of %1</source>
        <translation>自%1結束時起</translation>
    </message>
    <message>
        <source>%1, %2: %3; %4. </source>
        <translation>%1，%2：%3；%4。</translation>
    </message>
    <message>
        <source>Not from a source: the package&apos;s approximate reference geography.</source>
        <translation>並非出自來源：資料包的概略參考地理。</translation>
    </message>
    <message>
        <source>paragraph %1</source>
        <translation>第%1段</translation>
    </message>
    <message>
        <source>%1, footnote %2</source>
        <translation>%1，註腳%2</translation>
    </message>
    <message>
        <source>%1, footnotes %2</source>
        <translation>%1，註腳%2</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1：「%2」</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>來源：%1</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>修訂版本%1</translation>
    </message>
    <message>
        <source>revision not recorded</source>
        <translation>未記錄修訂版本</translation>
    </message>
    <message>
        <source>“%1,” %2, %3</source>
        <translation>〈%1〉，%2，%3</translation>
    </message>
    <message>
        <source>, accessed %1</source>
        <translation>，%1存取</translation>
    </message>
    <message>
        <source>%1. (n.d.). In </source>
        <translation>%1。（無日期）。載於</translation>
    </message>
    <message>
        <source>Retrieved %1, from </source>
        <translation>%1擷取自</translation>
    </message>
    <message>
        <source>Source: a report, not the article, by %1; the package&apos;s summary: %2</source>
        <translation>來源：報導（非條目），%1；資料包摘要：%2</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>%1: %2 is outside the campaign (%3 to %4)</source>
        <translation>%1：%2 不在戰役期間內（%3 至 %4）</translation>
    </message>
    <message>
        <source>%1: valid campaign &quot;%2&quot;: %3 districts, %4 events, %5 control changes
</source>
        <translation>%1：有效的戰役資料「%2」：%3 個城區、%4 個事件、%5 筆控制權變化
</translation>
    </message>
    <message>
        <source>--history: unknown district &quot;%1&quot;; known ids: %2</source>
        <translation>--history：未知的城區「%1」；已知的 id：%2</translation>
    </message>
    <message>
        <source>%1: written (%2 bytes)</source>
        <translation>%1：已寫入（%2 位元組）</translation>
    </message>
    <message>
        <source>%1 needs the map renderer, which this build leaves out (ATLAS_BUILD_GUI=OFF)</source>
        <translation>%1 需要地圖繪製器，而此版本未包含（ATLAS_BUILD_GUI=OFF）</translation>
    </message>
</context>
<context>
    <name>CommandLineOptions</name>
    <message>
        <source>%1: &quot;%2&quot; is not a date in the form YYYY-MM-DD</source>
        <translation>%1：「%2」不是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>%1: impossible date &quot;%2&quot;</source>
        <translation>%1：不存在的日期「%2」</translation>
    </message>
    <message>
        <source>Print the control of every district at the end of &lt;date&gt; as JSON.</source>
        <translation>以 JSON 輸出每個城區在 &lt;date&gt; 結束時的控制方。</translation>
    </message>
    <message>
        <source>Print the control history of district &lt;id&gt; as JSON.</source>
        <translation>以 JSON 輸出城區 &lt;id&gt; 的控制權歷史。</translation>
    </message>
    <message>
        <source>Print the campaign&apos;s events as JSON.</source>
        <translation>以 JSON 輸出戰役的事件。</translation>
    </message>
    <message>
        <source>Render the map at the end of &lt;date&gt; without a display (needs --output).</source>
        <translation>不使用顯示器，繪製 &lt;date&gt; 結束時的地圖（需要 --output）。</translation>
    </message>
    <message>
        <source>With --render: the .png, .svg or .pdf file to write.</source>
        <translation>搭配 --render 使用：要寫入的 .png、.svg 或 .pdf 檔案。</translation>
    </message>
    <message>
        <source>Open the viewer at &lt;date&gt;.</source>
        <translation>開啟檢視器並前往 &lt;date&gt;。</translation>
    </message>
    <message>
        <source>Open the viewer, wait for the first painted map frame, exit 0.</source>
        <translation>開啟檢視器，等到第一個地圖畫面繪製完成後，以結束碼 0 結束。</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>非預期的引數「%1」</translation>
    </message>
    <message>
        <source>--campaign: empty path</source>
        <translation>--campaign：路徑是空的</translation>
    </message>
    <message>
        <source>--to %1 is before --from %2</source>
        <translation>--to %1 早於 --from %2</translation>
    </message>
    <message>
        <source>--render needs --output FILE.png|.svg|.pdf</source>
        <translation>--render 需要 --output 檔案.png|.svg|.pdf</translation>
    </message>
    <message>
        <source>Open the viewer (or --render the map) with district &lt;id&gt; selected.</source>
        <translation>開啟檢視器（或以 --render 繪製地圖）並選取城區 &lt;id&gt;。</translation>
    </message>
    <message>
        <source>--size: &quot;%1&quot; must be WIDTHxHEIGHT, from %2x%3 (smaller is unreadable) to %4x%4</source>
        <translation>--size：「%1」必須是 寬x高，自 %2x%3（更小則無法閱讀）至 %4x%4</translation>
    </message>
    <message>
        <source>--date goes with the viewer; --render takes the date as its argument</source>
        <translation>--date 用於檢視器；--render 以其參數為日期</translation>
    </message>
    <message>
        <source>--quit-after-startup goes with the viewer, not with --render</source>
        <translation>--quit-after-startup 用於檢視器，不能與 --render 併用</translation>
    </message>
    <message>
        <source>--language: &quot;%1&quot; must be en or zh_TW</source>
        <translation>--language：「%1」必須是 en 或 zh_TW</translation>
    </message>
    <message>
        <source>--district: empty district id</source>
        <translation>--district：城區代號為空</translation>
    </message>
    <message>
        <source>Print every figure the article and the reports give (share taken, km² left, districts) with the map&apos;s value for the same measure, with and without reports, as JSON.</source>
        <translation>以 JSON 列出條目和報導給出的每個數字（已攻佔比例、剩餘平方公里、地區數），並附上地圖在同一量度上的數值（含報導與不含報導）。</translation>
    </message>
    <message>
        <source>Print the territory of every day (km² and districts per side, contested, by basis) as JSON; --from and --to narrow the days.</source>
        <translation>以 JSON 列出每一天的控制範圍（各方及爭奪中的平方公里與地區數，按依據分類）；--from 和 --to 限定日期。</translation>
    </message>
    <message>
        <source>--diff D1 D2: print every district whose control changed between the end of D1 and the end of D2, with the dates and sources, as JSON.</source>
        <translation>--diff D1 D2：以 JSON 列出在 D1 結束與 D2 結束之間控制權有變的每個地區，附日期與來源。</translation>
    </message>
    <message>
        <source>Write every district&apos;s control periods as an RFC 7946 GeoJSON FeatureCollection (start and end dates, control, basis, sources) to &lt;file&gt;, for QGIS&apos;s Temporal Controller or kepler.gl.</source>
        <translation>把每個地區的控制時段寫成 RFC 7946 GeoJSON FeatureCollection（起止日期、控制方、依據、來源）至 &lt;file&gt;，供 QGIS 的時間控制器或 kepler.gl 使用。</translation>
    </message>
    <message>
        <source>Write every control change and every event, with their sources, as CSV (UTF-8, RFC 4180) to &lt;file&gt;.</source>
        <translation>把每項控制變化和每個事件連同來源寫成 CSV（UTF-8，RFC 4180）至 &lt;file&gt;。</translation>
    </message>
    <message>
        <source>With --render: draw what changed between the end of &lt;date&gt; and the rendered date (compare mode).</source>
        <translation>配合 --render：繪出 &lt;date&gt; 結束與繪製日期之間的變化（比較模式）。</translation>
    </message>
    <message>
        <source>Leave the package&apos;s reports out: the article&apos;s picture alone (with --state-at, --history, --figures, --render or the viewer).</source>
        <translation>不使用資料包中的報導：只顯示條目本身的情況（配合 --state-at、--history、--figures、--render 或檢視器）。</translation>
    </message>
    <message>
        <source>--diff needs two dates: --diff D1 D2</source>
        <translation>--diff 需要兩個日期：--diff D1 D2</translation>
    </message>
    <message>
        <source>--diff: %1 is before %2; give the earlier date first</source>
        <translation>--diff：%1 早於 %2；請先給出較早的日期</translation>
    </message>
    <message>
        <source>%1: empty file name</source>
        <translation>%1：檔案名稱為空</translation>
    </message>
    <message>
        <source>With --events, --stats or --export-animation: first day.</source>
        <translation>與 --events、--stats 或 --export-animation 並用：第一天。</translation>
    </message>
    <message>
        <source>With --events, --stats or --export-animation: last day.</source>
        <translation>與 --events、--stats 或 --export-animation 並用：最後一天。</translation>
    </message>
    <message>
        <source>With --render: image size WIDTHxHEIGHT, from 400x300 to 16384x16384 (default 1600x1000). With --export-animation: frame size, even, from 320x180 to 3840x3840 (default 1280x720).</source>
        <translation>與 --render 並用：圖片尺寸 寬x高，從 400x300 到 16384x16384（預設 1600x1000）。與 --export-animation 並用：影格尺寸，須為偶數，從 320x180 到 3840x3840（預設 1280x720）。</translation>
    </message>
    <message>
        <source>Viewer, --render or --export-animation language: en or zh_TW.</source>
        <translation>檢視器、--render 或 --export-animation 的語言：en 或 zh_TW。</translation>
    </message>
    <message>
        <source>Write the map from --from to --to as a clip without a display: &lt;file&gt; .mp4 (H.264), .webm (VP9), .gif, or a new folder (no extension) of PNG frames.</source>
        <translation>不需顯示器，將 --from 到 --to 的地圖寫成動畫：&lt;file&gt; 為 .mp4（H.264）、.webm（VP9）、.gif，或一個存放 PNG 影格的新資料夾（無副檔名）。</translation>
    </message>
    <message>
        <source>With --export-animation: days shown per second, 1 to 30 (default 4).</source>
        <translation>與 --export-animation 並用：每秒顯示的天數，1 到 30（預設 4）。</translation>
    </message>
    <message>
        <source>With --export-animation: frames per day, 1 to 30 (default 4); a change fades in over a day&apos;s frames.</source>
        <translation>與 --export-animation 並用：每天的影格數，1 到 30（預設 4）；變化在當天的影格中漸變呈現。</translation>
    </message>
    <message>
        <source>With --export-animation: the day&apos;s first event as a caption under the map.</source>
        <translation>與 --export-animation 並用：在地圖下方以當天第一則事件作為字幕。</translation>
    </message>
    <message>
        <source>use one of --state-at, --history, --events, --figures, --stats, --diff, --export-geojson, --export-csv, --export-animation, --validate, --render at a time</source>
        <translation>一次只能使用 --state-at、--history、--events、--figures、--stats、--diff、--export-geojson、--export-csv、--export-animation、--validate、--render 其中之一</translation>
    </message>
    <message>
        <source>--export-animation needs --from DATE and --to DATE</source>
        <translation>--export-animation 需要 --from 日期 與 --to 日期</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a whole number</source>
        <translation>--%1：「%2」不是整數</translation>
    </message>
    <message>
        <source>--%1 goes with the viewer, not with --export-animation</source>
        <translation>--%1 用於檢視器，不能與 --export-animation 並用</translation>
    </message>
    <message>
        <source>--days-per-second, --frames-per-day and --caption go with --export-animation</source>
        <translation>--days-per-second、--frames-per-day 與 --caption 須與 --export-animation 並用</translation>
    </message>
    <message>
        <source>--only-article goes with --state-at, --history, --figures, --stats, --diff, --render, --export-animation or the viewer</source>
        <translation>--only-article 須與 --state-at、--history、--figures、--stats、--diff、--render、--export-animation 或檢視器並用</translation>
    </message>
    <message>
        <source>--from and --to go with --events, --stats or --export-animation</source>
        <translation>--from 與 --to 須與 --events、--stats 或 --export-animation 並用</translation>
    </message>
    <message>
        <source>--output and --compare go with --render</source>
        <translation>--output 與 --compare 須與 --render 並用</translation>
    </message>
    <message>
        <source>--size goes with --render or --export-animation</source>
        <translation>--size 須與 --render 或 --export-animation 並用</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>Changes</source>
        <translation>變化</translation>
    </message>
    <message>
        <source>Districts changed between the compared dates</source>
        <translation>兩個比較日期之間有變化的地區</translation>
    </message>
    <message>
        <source>Go › Compare With Date… (Ctrl+Shift+G) shows what changed between two dates; Esc leaves compare mode.</source>
        <translation>前往 › 與日期比較…（Ctrl+Shift+G）顯示兩個日期之間的變化；按 Esc 離開比較模式。</translation>
    </message>
    <message>
        <source>changed and changed back</source>
        <translation>曾經易手又恢復原狀</translation>
    </message>
    <message>
        <source>1 district changed from the end of %1 to the end of %2</source>
        <translation>從%1結束至%2結束，有 1 個地區發生變化</translation>
    </message>
    <message>
        <source>%3 districts changed from the end of %1 to the end of %2</source>
        <translation>從%1結束至%2結束，有 %3 個地區發生變化</translation>
    </message>
</context>
<context>
    <name>DistrictHistoryTextModel</name>
    <message>
        <source>◀ in force</source>
        <translation>◀ 目前有效</translation>
    </message>
    <message>
        <source>Basis:</source>
        <translation>依據：</translation>
    </message>
    <message>
        <source>(paragraph %1)</source>
        <translation>（第%1段）</translation>
    </message>
    <message>
        <source>No sentence of the article states this.</source>
        <translation>條目中沒有句子陳述此點。</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>說明：</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>目前有效</translation>
    </message>
    <message>
        <source>Basis: %1</source>
        <translation>依據：%1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>說明：%1</translation>
    </message>
    <message>
        <source>%1 (part of it taken by %2)</source>
        <translation>%1（部分被%2攻佔）</translation>
    </message>
    <message>
        <source>the article</source>
        <translation>條目</translation>
    </message>
    <message>
        <source>the article and 1 report</source>
        <translation>條目及 1 篇報導</translation>
    </message>
    <message>
        <source>the article and %1 reports</source>
        <translation>條目及 %1 篇報導</translation>
    </message>
    <message>
        <source>1 report</source>
        <translation>1 篇報導</translation>
    </message>
    <message>
        <source>%1 reports</source>
        <translation>%1 篇報導</translation>
    </message>
    <message>
        <source>%1, says %2</source>
        <translation>%1，據%2</translation>
    </message>
    <message>
        <source>A report, not in the article:</source>
        <translation>報導，條目未提及：</translation>
    </message>
    <message>
        <source>%1 reports agree, not in the article:</source>
        <translation>%1 篇報導一致，條目未提及：</translation>
    </message>
    <message>
        <source>Shown on the map</source>
        <translation>地圖顯示</translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>未顯示</translation>
    </message>
    <message>
        <source>Denied by</source>
        <translation>否認者</translation>
    </message>
    <message>
        <source>In force since %1.</source>
        <translation>自 %1 起生效。</translation>
    </message>
    <message>
        <source>Denied by:</source>
        <translation>否認者：</translation>
    </message>
    <message>
        <source>A report, not in the article</source>
        <translation>報導，條目未提及</translation>
    </message>
    <message>
        <source>%1 reports agree, not in the article</source>
        <translation>%1 篇報導一致，條目未提及</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Denied by %1</source>
        <translation>%1 否認</translation>
    </message>
</context>
<context>
    <name>DistrictPanel</name>
    <message>
        <source>District</source>
        <translation>城區</translation>
    </message>
    <message>
        <source>Control history</source>
        <translation>控制權歷史</translation>
    </message>
    <message>
        <source>Click a row to move the timeline to its date.</source>
        <translation>點選一列即可將時間軸移到該日。</translation>
    </message>
    <message>
        <source>No campaign loaded.</source>
        <translation>尚未載入戰役資料。</translation>
    </message>
    <message>
        <source>No district selected.

Click a district on the map, or press Tab on the map to move through the districts and Enter to show one&apos;s history here.</source>
        <translation>尚未選取城區。

在地圖上點選城區，或在地圖上按 Tab 逐一瀏覽城區、按 Enter 在此顯示其歷史。</translation>
    </message>
    <message>
        <source>Control at the end of %1:</source>
        <translation>%1 結束時的控制方：</translation>
    </message>
    <message>
        <source>since %1 · %2</source>
        <translation>自 %1 起 · %2</translation>
    </message>
    <message>
        <source>Selected district</source>
        <translation>選取的城區</translation>
    </message>
    <message>
        <source>The article&apos;s changes of control and the reports&apos; claims, by date; the row in force is highlighted. Press Enter or click a row to move the timeline to its date; click a report&apos;s link, or use the row&apos;s context menu, to open it.</source>
        <translation>條目記載的控制變化與報導的聲稱，按日期排列；生效中的一行會突出顯示。按 Enter 或點擊一行可把時間軸移到該日；點擊報導的連結或使用該行的右鍵選單可打開報導。</translation>
    </message>
    <message>
        <source>The map shows %1 (%2); the claims are listed below.</source>
        <translation>地圖顯示%1（%2）；各項聲稱列於下方。</translation>
    </message>
    <message>
        <source>&amp;Go to %1</source>
        <translation>前往 %1(&amp;G)</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>打開 %1</translation>
    </message>
</context>
<context>
    <name>DistrictStripModel</name>
    <message>
        <source>Control first changed on %1.</source>
        <translation>控制權首次變化於%1。</translation>
    </message>
    <message>
        <source>Control did not change after the first day.</source>
        <translation>首日之後控制權沒有變化。</translation>
    </message>
    <message>
        <source>Area %1 km².</source>
        <translation>面積 %1 平方公里。</translation>
    </message>
</context>
<context>
    <name>DistrictStrips</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>District Strips</source>
        <translation>地區時間條</translation>
    </message>
    <message>
        <source>&amp;Sort by:</source>
        <translation>排序方式(&amp;S)：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>First change</source>
        <translation>首次變化</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>面積</translation>
    </message>
    <message>
        <source>Sort districts by</source>
        <translation>地區排序方式</translation>
    </message>
    <message>
        <source>District strips</source>
        <translation>地區時間條</translation>
    </message>
    <message>
        <source>One row per district with its control on every day of the campaign, coloured as on the map. Up and Down move between districts, Left and Right move the date, Enter selects the district.</source>
        <translation>每個地區一行，顯示戰役每一天的控制方，顏色與地圖相同。上、下鍵在地區之間移動，左、右鍵移動日期，Enter 選擇地區。</translation>
    </message>
    <message>
        <source>Months of the campaign</source>
        <translation>戰役的月份</translation>
    </message>
</context>
<context>
    <name>EventKindMenu</name>
    <message>
        <source>Event &amp;Kinds</source>
        <translation>事件類型(&amp;K)</translation>
    </message>
    <message>
        <source>Show this kind&apos;s events on the timeline</source>
        <translation>在時間軸上顯示此類事件</translation>
    </message>
    <message>
        <source>Show &amp;All Kinds</source>
        <translation>顯示所有類型(&amp;A)</translation>
    </message>
</context>
<context>
    <name>EventKindStyle</name>
    <message>
        <source>Airstrikes</source>
        <translation>空襲</translation>
    </message>
    <message>
        <source>Ground attack</source>
        <translation>地面攻擊</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>攻佔</translation>
    </message>
    <message>
        <source>Counter-attack</source>
        <translation>反攻</translation>
    </message>
    <message>
        <source>Casualties</source>
        <translation>傷亡</translation>
    </message>
    <message>
        <source>Humanitarian</source>
        <translation>人道</translation>
    </message>
    <message>
        <source>Ceasefire</source>
        <translation>停火</translation>
    </message>
    <message>
        <source>Evacuation</source>
        <translation>撤離</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>聲明</translation>
    </message>
</context>
<context>
    <name>EventPanel</name>
    <message>
        <source>On this date</source>
        <translation>當日事件</translation>
    </message>
    <message>
        <source>Events on the current date</source>
        <translation>目前日期的事件</translation>
    </message>
    <message>
        <source>No campaign loaded. Use File › Open campaign… to open one.</source>
        <translation>尚未載入戰役資料。請使用「檔案 › 開啟戰役資料…」開啟。</translation>
    </message>
    <message>
        <source>Nothing in the article is dated on or before this day yet.</source>
        <translation>條目中尚無日期在此日或之前的內容。</translation>
    </message>
    <message>
        <source>No event is dated %1. Showing the latest earlier one(s), from %2.</source>
        <translation>%1 沒有事件。以下顯示此前最近的事件（%2）。</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>The sentence itself carries no date; the date comes from its context.</source>
        <translation>此句本身沒有日期；日期取自上下文。</translation>
    </message>
    <message>
        <source>(article, paragraph %1)</source>
        <translation>（條目第%1段）</translation>
    </message>
    <message>
        <source>Districts:</source>
        <translation>城區：</translation>
    </message>
    <message>
        <source>References</source>
        <translation>參考文獻</translation>
    </message>
    <message>
        <source>One event on this day.</source>
        <translation>此日有 1 個事件。</translation>
    </message>
    <message>
        <source>%1 events on this day.</source>
        <translation>此日有 %1 個事件。</translation>
    </message>
    <message>
        <source>1 report claim about this day, after the article ↓</source>
        <translation>本日有 1 項報導聲稱，列於條目之後 ↓</translation>
    </message>
    <message>
        <source>%1 report claims about this day, after the article ↓</source>
        <translation>本日有 %1 項報導聲稱，列於條目之後 ↓</translation>
    </message>
    <message>
        <source>1 report claim about this day is hidden (View › Article Only).</source>
        <translation>本日有 1 項報導聲稱已隱藏（檢視 › 僅條目）。</translation>
    </message>
    <message>
        <source>%1 report claims about this day are hidden (View › Article Only).</source>
        <translation>本日有 %1 項報導聲稱已隱藏（檢視 › 僅條目）。</translation>
    </message>
    <message>
        <source>1 report claim about this day</source>
        <translation>本日 1 項報導聲稱</translation>
    </message>
    <message>
        <source>%1 report claims about this day</source>
        <translation>本日 %1 項報導聲稱</translation>
    </message>
    <message>
        <source>Public reports of the time, not the article: who said what, in the package&apos;s own words.</source>
        <translation>當時的公開報導，並非條目內容：誰說了甚麼，以資料包自己的文字轉述。</translation>
    </message>
    <message>
        <source>denies what %1 said</source>
        <translation>否認%1的說法</translation>
    </message>
    <message>
        <source>denies another claim</source>
        <translation>否認另一項聲稱</translation>
    </message>
    <message>
        <source>part of the district</source>
        <translation>地區的一部分</translation>
    </message>
    <message>
        <source>Show the report claim</source>
        <translation>顯示這項報導聲稱</translation>
    </message>
    <message>
        <source>Show the %1 report claims</source>
        <translation>顯示 %1 項報導聲稱</translation>
    </message>
    <message>
        <source>Hide the report claims</source>
        <translation>隱藏報導聲稱</translation>
    </message>
    <message>
        <source>No event of the kinds shown is dated on or before this day.</source>
        <translation>顯示的事件類型中，尚無日期在此日或之前的事件。</translation>
    </message>
    <message>
        <source>No event of the kinds shown is dated %1. Showing the latest earlier one(s), from %2.</source>
        <translation>%1 沒有顯示類型的事件。以下顯示此前最近的事件（%2）。</translation>
    </message>
    <message>
        <source>1 event of this day is hidden by the kind filter.</source>
        <translation>此日有 1 個事件被類型篩選隱藏。</translation>
    </message>
    <message>
        <source>%1 events of this day are hidden by the kind filter.</source>
        <translation>此日有 %1 個事件被類型篩選隱藏。</translation>
    </message>
    <message>
        <source>Show all kinds</source>
        <translation>顯示所有類型</translation>
    </message>
</context>
<context>
    <name>FigureListModel</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 km²</source>
        <translation>%1 平方公里</translation>
    </message>
    <message>
        <source>1 district</source>
        <translation>1 個地區</translation>
    </message>
    <message>
        <source>%1 districts</source>
        <translation>%1 個地區</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>約 %1</translation>
    </message>
    <message>
        <source>over %1</source>
        <translation>超過 %1</translation>
    </message>
    <message>
        <source>under %1</source>
        <translation>少於 %1</translation>
    </message>
    <message>
        <source>agrees</source>
        <translation>相符</translation>
    </message>
    <message>
        <source>disagrees</source>
        <translation>不符</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>無數值</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 的 %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>數字</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>所指</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地圖</translation>
    </message>
    <message>
        <source>Map agrees</source>
        <translation>地圖相符</translation>
    </message>
    <message>
        <source>Article only</source>
        <translation>僅條目</translation>
    </message>
    <message>
        <source>Article agrees</source>
        <translation>條目相符</translation>
    </message>
    <message>
        <source>The map&apos;s value for the same measure at the end of that date, with the reports</source>
        <translation>地圖在該日結束時同一量度的數值（含報導）</translation>
    </message>
    <message>
        <source>The map&apos;s value for the same measure at the end of that date, from the article alone</source>
        <translation>地圖在該日結束時同一量度的數值（僅條目）</translation>
    </message>
    <message>
        <source>&quot;about&quot; or no qualifier: within 10 percentage points (a share) or 25% (km², districts); &quot;over&quot;: at least the figure; &quot;under&quot;: at most the figure</source>
        <translation>「about」或無限定詞：比例相差 10 個百分點以內，平方公里和地區數相差 25% 以內；「over」：不少於該數字；「under」：不多於該數字</translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <source>Figures</source>
        <translation>數字</translation>
    </message>
    <message>
        <source>Figures the article and the reports give, beside the map&apos;s value for the same measure at the end of that day. Click a row or press Enter to go to its date.</source>
        <translation>條目和報導給出的數字，旁附地圖在該日結束時同一量度的數值。點擊一行或按 Enter 可前往該日。</translation>
    </message>
    <message>
        <source>Figures the sources give</source>
        <translation>來源給出的數字</translation>
    </message>
    <message>
        <source>One row per figure: date, source, the figure, what it is of, the map&apos;s value with the reports and from the article alone, and whether each agrees. Rows of the current date are highlighted. Enter goes to the row&apos;s date; Tab moves to the selected figure&apos;s details, and Tab again to the link to its source.</source>
        <translation>每個數字一行：日期、來源、數字、所指、地圖含報導和僅條目時的數值，以及兩者是否相符。當前日期的行會突出顯示。Enter 前往該行日期；Tab 移到所選數字的詳情，再按 Tab 移到其來源連結。</translation>
    </message>
    <message>
        <source>Selected figure</source>
        <translation>所選數字</translation>
    </message>
    <message>
        <source>Select a figure to see its source and how the map was measured.</source>
        <translation>選擇一個數字以查看其來源和地圖的量度方法。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 的 %1</translation>
    </message>
    <message>
        <source>%1 · the figure is for %2</source>
        <translation>%1 · 數字所指：%2</translation>
    </message>
    <message>
        <source>Map with the reports: %1 (%2) · from the article alone: %3 (%4)</source>
        <translation>地圖含報導：%1（%2）· 僅條目：%3（%4）</translation>
    </message>
    <message>
        <source>Open the article</source>
        <translation>打開條目</translation>
    </message>
    <message>
        <source>Open the report</source>
        <translation>打開報導</translation>
    </message>
</context>
<context>
    <name>FileReader</name>
    <message>
        <source>file not found</source>
        <translation>找不到檔案</translation>
    </message>
    <message>
        <source>is a directory, not a file</source>
        <translation>是資料夾，不是檔案</translation>
    </message>
    <message>
        <source>file is %1 bytes; the limit is %2 bytes</source>
        <translation>檔案大小為 %1 位元組；上限為 %2 位元組</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>無法開啟：%1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>無法讀取：%1</translation>
    </message>
    <message>
        <source>file is larger than the limit of %1 bytes</source>
        <translation>檔案超過 %1 位元組的上限</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1)</source>
        <translation>無效的 UTF-8（位元組 0x%1）</translation>
    </message>
    <message>
        <source>NUL byte in a text file</source>
        <translation>文字檔中有 NUL 位元組</translation>
    </message>
</context>
<context>
    <name>GeoJsonLoader</name>
    <message>
        <source>an array</source>
        <translation>陣列</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>物件</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>無</translation>
    </message>
    <message>
        <source>the top level must be a GeoJSON FeatureCollection object</source>
        <translation>最上層必須是 GeoJSON FeatureCollection 物件</translation>
    </message>
    <message>
        <source>missing &quot;type&quot;: a district file must be a GeoJSON FeatureCollection</source>
        <translation>缺少「type」：城區檔案必須是 GeoJSON FeatureCollection</translation>
    </message>
    <message>
        <source>&quot;type&quot; must be &quot;FeatureCollection&quot;, not %1</source>
        <translation>「type」必須是「FeatureCollection」，而非 %1</translation>
    </message>
    <message>
        <source>coordinate reference system %1 is not supported: positions must be WGS84 longitude and latitude (RFC 7946)</source>
        <translation>不支援座標參考系統 %1：位置必須是 WGS84 經緯度（RFC 7946）</translation>
    </message>
    <message>
        <source>&quot;features&quot; must be an array of Feature objects</source>
        <translation>「features」必須是 Feature 物件的陣列</translation>
    </message>
    <message>
        <source>%1 features; the limit is %2</source>
        <translation>共 %1 個圖徵；上限為 %2 個</translation>
    </message>
    <message>
        <source>the FeatureCollection has no features</source>
        <translation>FeatureCollection 沒有任何圖徵</translation>
    </message>
    <message>
        <source>a feature must be an object, not %1</source>
        <translation>圖徵必須是物件，而非 %1</translation>
    </message>
    <message>
        <source>&quot;type&quot; of a feature must be &quot;Feature&quot;, not %1</source>
        <translation>圖徵的「type」必須是「Feature」，而非 %1</translation>
    </message>
    <message>
        <source>&quot;properties&quot; must be an object or null, not %1</source>
        <translation>「properties」必須是物件或 null，而非 %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>「%1」必須是字串</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be a non-empty string or an integer</source>
        <translation>「id」必須是非空字串或整數</translation>
    </message>
    <message>
        <source>the feature has no id: give it properties.id (or an &quot;id&quot;, or NAME and Id properties)</source>
        <translation>此圖徵沒有 id：請加上 properties.id（或「id」，或 NAME 與 Id 屬性）</translation>
    </message>
    <message>
        <source>duplicate district id &quot;%1&quot; (first used at %POS%)</source>
        <translation>重複的城區 id「%1」（首次使用於 %POS%）</translation>
    </message>
    <message>
        <source>the feature has no geometry (a Polygon or MultiPolygon is required)</source>
        <translation>此圖徵沒有幾何圖形（須為 Polygon 或 MultiPolygon）</translation>
    </message>
    <message>
        <source>geometry type %1 is not supported: use Polygon or MultiPolygon</source>
        <translation>不支援幾何類型 %1：請使用 Polygon 或 MultiPolygon</translation>
    </message>
    <message>
        <source>&quot;coordinates&quot; must be an array</source>
        <translation>「coordinates」必須是陣列</translation>
    </message>
    <message>
        <source>a MultiPolygon needs at least one polygon</source>
        <translation>MultiPolygon 至少需要一個多邊形</translation>
    </message>
    <message>
        <source>a polygon must be an array of rings, not %1</source>
        <translation>多邊形必須是環的陣列，而非 %1</translation>
    </message>
    <message>
        <source>a polygon needs an exterior ring</source>
        <translation>多邊形需要一個外環</translation>
    </message>
    <message>
        <source>a linear ring must be an array of positions, not %1</source>
        <translation>線性環必須是位置的陣列，而非 %1</translation>
    </message>
    <message>
        <source>more than %1 positions in the file</source>
        <translation>檔案中的位置超過 %1 個</translation>
    </message>
    <message>
        <source>a position must be [longitude, latitude] in numbers, not %1</source>
        <translation>位置必須是由數字組成的 [經度, 緯度]，而非 %1</translation>
    </message>
    <message>
        <source>longitude %1 is outside WGS84 (-180 to 180); positions are [longitude, latitude]</source>
        <translation>經度 %1 超出 WGS84 範圍（-180 至 180）；位置的格式為 [經度, 緯度]</translation>
    </message>
    <message>
        <source>latitude %1 is outside WGS84 (-90 to 90); positions are [longitude, latitude]</source>
        <translation>緯度 %1 超出 WGS84 範圍（-90 至 90）；位置的格式為 [經度, 緯度]</translation>
    </message>
    <message>
        <source>hole</source>
        <translation>孔洞</translation>
    </message>
    <message>
        <source>ring</source>
        <translation>外環</translation>
    </message>
    <message>
        <source>a %1 needs at least 4 positions (first repeated last), not %2</source>
        <translation>%1至少需要 4 個位置（最後一個重複第一個），而非 %2 個</translation>
    </message>
    <message>
        <source>the %1 is not closed: its last position [%2, %3] differs from its first [%4, %5]</source>
        <translation>%1未閉合：最後一個位置 [%2, %3] 與第一個位置 [%4, %5] 不同</translation>
    </message>
    <message>
        <source>the %1 is degenerate: its area is zero</source>
        <translation>%1退化：面積為零</translation>
    </message>
    <message>
        <source>%1 bytes; the limit is %2 bytes</source>
        <translation>大小為 %1 位元組；上限為 %2 位元組</translation>
    </message>
    <message>
        <source>JSON syntax error: %1</source>
        <translation>JSON 語法錯誤：%1</translation>
    </message>
    <message>
        <source>more than %1 problems; the rest are not listed</source>
        <translation>問題超過 %1 個；其餘未列出</translation>
    </message>
</context>
<context>
    <name>GisExport</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>cannot read the district shapes: %1</source>
        <translation>無法讀取區域形狀：%1</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>是資料夾，不是檔案</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>資料夾 %1 不存在</translation>
    </message>
    <message>
        <source>cannot write in this folder (%1)</source>
        <translation>無法寫入此資料夾（%1）</translation>
    </message>
    <message>
        <source>cannot write (%1); nothing was saved</source>
        <translation>無法寫入（%1）；未儲存任何內容</translation>
    </message>
    <message>
        <source>cannot save (%1); nothing was saved</source>
        <translation>無法儲存（%1）；未儲存任何內容</translation>
    </message>
</context>
<context>
    <name>GoToDateDialog</name>
    <message>
        <source>Go to Date</source>
        <translation>前往日期</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>前往(&amp;G)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: type it as YYYY-MM-DD or YYYYMMDD.</source>
        <translation>「%1」不是日期：請以 YYYY-MM-DD 或 YYYYMMDD 輸入。</translation>
    </message>
    <message>
        <source>%1 is outside the campaign (%2 to %3).</source>
        <translation>%1 不在戰役期間內（%2 至 %3）。</translation>
    </message>
    <message>
        <source>&amp;Date, YYYY-MM-DD (from %1 to %2):</source>
        <translation>日期(&amp;D)，YYYY-MM-DD（%1 至 %2）：</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Calendar; days with events are bold</source>
        <translation>月曆；有事件的日子以粗體標示</translation>
    </message>
    <message>
        <source>Days with events are bold and underlined.</source>
        <translation>有事件的日子以粗體加底線標示。</translation>
    </message>
    <message>
        <source>Compare With Date</source>
        <translation>與日期比較</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Control at the end of the day</source>
        <translation>當日結束時的控制方</translation>
    </message>
    <message>
        <source>No information for this day</source>
        <translation>此日沒有資料</translation>
    </message>
    <message>
        <source>How it is known</source>
        <translation>資料依據</translation>
    </message>
    <message>
        <source>Inferred from the article: lighter, dashed</source>
        <translation>由條目推斷：較淡、虛線</translation>
    </message>
    <message>
        <source>Outlines</source>
        <translation>外框</translation>
    </message>
    <message>
        <source>Selected district</source>
        <translation>選取的城區</translation>
    </message>
    <message>
        <source>Contested: the base colour holds most</source>
        <translation>爭奪中：底色一方控制大部分</translation>
    </message>
    <message>
        <source>Contested: no side known to hold most</source>
        <translation>爭奪中：不知哪一方控制大部分</translation>
    </message>
    <message>
        <source>Stated in the article</source>
        <translation>條目明言</translation>
    </message>
    <message>
        <source>Approximate, not from the article: pale, dotted</source>
        <translation>約略，非取自條目：淡色、點狀</translation>
    </message>
    <message>
        <source>Control changed on this day</source>
        <translation>此日控制權易手</translation>
    </message>
    <message>
        <source>Reported, not in the article: medium, dash-dot</source>
        <translation>報導所述，條目未提及：中等深淺，點劃線</translation>
    </message>
    <message>
        <source>Changed: new side&apos;s fill, outline of the side before</source>
        <translation>有變化：新控制方的顏色，外框為原控制方</translation>
    </message>
    <message>
        <source>Unchanged between the two dates (muted)</source>
        <translation>兩個日期之間沒有變化（淡化）</translation>
    </message>
    <message>
        <source>Sources disagree: the map shows one claim</source>
        <translation>來源說法不一：地圖顯示其中一項聲稱</translation>
    </message>
    <message>
        <source>Land in no district (boundaries approximate)</source>
        <translation>不屬任何地區的土地（邊界為概略）</translation>
    </message>
</context>
<context>
    <name>LegendWidget</name>
    <message>
        <source>Map legend</source>
        <translation>地圖圖例</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Districts named by this sentence: %1</source>
        <translation>此句提到的城區：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Only web links (http and https) are opened. This link was not opened:
%1</source>
        <translation>只會開啟網頁連結（http 與 https）。此連結未開啟：
%1</translation>
    </message>
    <message>
        <source>Link Not Opened</source>
        <translation>未開啟連結</translation>
    </message>
    <message>
        <source>Opened %1 in the browser</source>
        <translation>已在瀏覽器中開啟 %1</translation>
    </message>
    <message>
        <source>No campaign loaded.

Use File › Open Campaign… to open a campaign package.</source>
        <translation>尚未載入戰役資料。

請使用「檔案 › 開啟戰役資料…」開啟戰役資料套件。</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知錯誤</translation>
    </message>
    <message>
        <source>The map of this campaign cannot be shown:
%1

The timeline and the panels still work.</source>
        <translation>無法顯示此戰役的地圖：
%1

時間軸與各面板仍可使用。</translation>
    </message>
    <message>
        <source>Aleppo Atlas</source>
        <translation>阿勒頗地圖集</translation>
    </message>
    <message>
        <source>Aleppo Atlas — %1</source>
        <translation>阿勒頗地圖集 — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>前往(&amp;G)</translation>
    </message>
    <message>
        <source>Playback &amp;Speed</source>
        <translation>播放速度(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Open Campaign…</source>
        <translation>開啟戰役資料(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Export Map Image…</source>
        <translation>匯出地圖圖片(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit Map to Window</source>
        <translation>地圖符合視窗大小(&amp;F)</translation>
    </message>
    <message>
        <source>Focus &amp;Next Panel</source>
        <translation>移至下一個面板(&amp;N)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>繁體中文</source>
        <translation>繁體中文</translation>
    </message>
    <message>
        <source>&amp;Previous Day</source>
        <translation>前一天(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next Day</source>
        <translation>後一天(&amp;N)</translation>
    </message>
    <message>
        <source>Previous &amp;Event</source>
        <translation>上一個事件(&amp;E)</translation>
    </message>
    <message>
        <source>Next E&amp;vent</source>
        <translation>下一個事件(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;First Day</source>
        <translation>第一天(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Last Day</source>
        <translation>最後一天(&amp;L)</translation>
    </message>
    <message>
        <source>Play / &amp;Pause</source>
        <translation>播放／暫停(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Go to Date…</source>
        <translation>前往日期(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>鍵盤快捷鍵(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Aleppo Atlas</source>
        <translation>關於阿勒頗地圖集(&amp;A)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>時間軸</translation>
    </message>
    <message>
        <source>On This Date</source>
        <translation>當日事件</translation>
    </message>
    <message>
        <source>District</source>
        <translation>城區</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>條目</translation>
    </message>
    <message>
        <source>Districts coloured by who held them at the end of the current date. Tab moves through the districts, Enter shows the focused district&apos;s history.</source>
        <translation>城區依目前日期結束時的控制方著色。Tab 逐一瀏覽城區，Enter 顯示所選城區的歷史。</translation>
    </message>
    <message>
        <source>Loading campaign “%1”…</source>
        <translation>正在載入戰役資料「%1」…</translation>
    </message>
    <message>
        <source>Opened campaign “%1”.</source>
        <translation>已開啟戰役資料「%1」。</translation>
    </message>
    <message>
        <source>Open Campaign</source>
        <translation>開啟戰役資料</translation>
    </message>
    <message>
        <source>Campaign packages (campaign.json);;All files (*)</source>
        <translation>戰役資料套件 (campaign.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Export Map Image</source>
        <translation>匯出地圖圖片</translation>
    </message>
    <message>
        <source>Saved the map image to %1</source>
        <translation>已將地圖圖片儲存至 %1</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <source>1 day per second</source>
        <translation>每秒 1 天</translation>
    </message>
    <message>
        <source>%1 days per second</source>
        <translation>每秒 %1 天</translation>
    </message>
    <message>
        <source>The campaign was not opened: 1 problem.</source>
        <translation>未開啟戰役資料：有 1 個問題。</translation>
    </message>
    <message>
        <source>The campaign was not opened: %1 problems.</source>
        <translation>未開啟戰役資料：有 %1 個問題。</translation>
    </message>
    <message>
        <source>There is no map to export.</source>
        <translation>沒有可匯出的地圖。</translation>
    </message>
    <message>
        <source>The map image could not be saved:
%1</source>
        <translation>無法儲存地圖影像：
%1</translation>
    </message>
    <message>
        <source>No browser could open %1</source>
        <translation>沒有瀏覽器能開啟 %1</translation>
    </message>
    <message>
        <source>No web browser could open this link:
%1</source>
        <translation>沒有網頁瀏覽器能開啟此連結：
%1</translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation>複製連結(&amp;C)</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>已複製 %1</translation>
    </message>
    <message>
        <source>Showing the article alone: the reports are hidden.</source>
        <translation>只顯示條目：報導已隱藏。</translation>
    </message>
    <message>
        <source>Showing the article with the public reports of the time.</source>
        <translation>顯示條目及當時的公開報導。</translation>
    </message>
    <message>
        <source>Sources: the article (this package has no reports)</source>
        <translation>來源：條目（此資料包沒有報導）</translation>
    </message>
    <message>
        <source>Sources: the article only (1 report hidden)</source>
        <translation>來源：僅條目（已隱藏 1 篇報導）</translation>
    </message>
    <message>
        <source>Sources: the article only (%1 reports hidden)</source>
        <translation>來源：僅條目（已隱藏 %1 篇報導）</translation>
    </message>
    <message>
        <source>Sources: the article and 1 report</source>
        <translation>來源：條目及 1 篇報導</translation>
    </message>
    <message>
        <source>Sources: the article and %1 reports</source>
        <translation>來源：條目及 %1 篇報導</translation>
    </message>
    <message>
        <source>Aleppo Atlas — %1 — article only</source>
        <translation>阿勒頗地圖集 — %1 — 僅條目</translation>
    </message>
    <message>
        <source>&amp;Article Only (Hide Reports)</source>
        <translation>僅條目（隱藏報導）(&amp;A)</translation>
    </message>
    <message>
        <source>Show what the article alone says, without the public reports of the time</source>
        <translation>只顯示條目本身所述，不含當時的公開報導</translation>
    </message>
    <message>
        <source>Aleppo Atlas — %1 compared with %2</source>
        <translation>阿勒頗地圖集 — %1 與 %2 比較</translation>
    </message>
    <message>
        <source>&amp;Compare With Date…</source>
        <translation>與日期比較(&amp;C)…</translation>
    </message>
    <message>
        <source>Show what changed between another date and the current one</source>
        <translation>顯示另一個日期與當前日期之間的變化</translation>
    </message>
    <message>
        <source>&amp;Leave Compare Mode</source>
        <translation>離開比較模式(&amp;L)</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>變化</translation>
    </message>
    <message>
        <source>Comparing with %1: Esc leaves compare mode.</source>
        <translation>正與%1比較：按 Esc 離開比較模式。</translation>
    </message>
    <message>
        <source>Compare mode left.</source>
        <translation>已離開比較模式。</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>Export &amp;Animation…</source>
        <translation>匯出動畫(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>尋找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find a district by any of its names, an event or a passage of the article</source>
        <translation>以任一名稱尋找城區，或尋找事件、條目段落</translation>
    </message>
    <message>
        <source>&amp;Start Here</source>
        <translation>從這裡開始(&amp;S)</translation>
    </message>
</context>
<context>
    <name>MapLoader</name>
    <message>
        <source>DOCTYPE declarations are not allowed in a map (no entity expansion)</source>
        <translation>地圖中不允許 DOCTYPE 宣告（不展開實體）</translation>
    </message>
    <message>
        <source>more than %1 elements</source>
        <translation>元素超過 %1 個</translation>
    </message>
    <message>
        <source>elements nest deeper than %1 levels</source>
        <translation>元素巢狀層數超過 %1 層</translation>
    </message>
    <message>
        <source>the root element is not &lt;svg&gt;</source>
        <translation>根元素不是 &lt;svg&gt;</translation>
    </message>
    <message>
        <source>the map has no georeference: atlas:projection must be &quot;equirectangular&quot; (namespace %1)</source>
        <translation>地圖沒有地理參照：atlas:projection 必須是「equirectangular」（命名空間 %1）</translation>
    </message>
    <message>
        <source>atlas:%1 is missing or not a number</source>
        <translation>atlas:%1 缺少或不是數字</translation>
    </message>
    <message>
        <source>georeference bounds are outside WGS84 or empty (west %1, east %2, south %3, north %4)</source>
        <translation>地理參照範圍超出 WGS84 或為空（西 %1、東 %2、南 %3、北 %4）</translation>
    </message>
    <message>
        <source>viewBox must be &quot;0 0 WIDTH HEIGHT&quot;</source>
        <translation>viewBox 必須是「0 0 WIDTH HEIGHT」</translation>
    </message>
    <message>
        <source>viewBox aspect %1 does not match the georeference (%2 expected)</source>
        <translation>viewBox 長寬比 %1 與地理參照不符（應為 %2）</translation>
    </message>
    <message>
        <source>XML error: %1</source>
        <translation>XML 錯誤：%1</translation>
    </message>
    <message>
        <source>no &lt;svg&gt; element</source>
        <translation>沒有 &lt;svg&gt; 元素</translation>
    </message>
    <message>
        <source>QtSvg cannot render this map</source>
        <translation>QtSvg 無法繪製此地圖</translation>
    </message>
</context>
<context>
    <name>MapRenderer</name>
    <message>
        <source>Control at the end of %1 · day %2 of %3</source>
        <translation>%1 結束時的控制方 · 第 %2 天，共 %3 天</translation>
    </message>
    <message>
        <source>unknown output format &quot;%1&quot;; use .png, .svg or .pdf</source>
        <translation>未知的輸出格式「%1」；請使用 .png、.svg 或 .pdf</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>無法寫入：%1</translation>
    </message>
    <message>
        <source>cannot allocate a %1×%2 image</source>
        <translation>無法配置 %1×%2 的圖片</translation>
    </message>
    <message>
        <source>cannot write the PNG: %1</source>
        <translation>無法寫入 PNG：%1</translation>
    </message>
    <message>
        <source>cannot write the SVG: %1</source>
        <translation>無法寫入 SVG：%1</translation>
    </message>
    <message>
        <source>cannot write the PDF: %1</source>
        <translation>無法寫入 PDF：%1</translation>
    </message>
    <message>
        <source>cannot save: %1</source>
        <translation>無法儲存：%1</translation>
    </message>
    <message>
        <source>internal error: not a --render command</source>
        <translation>內部錯誤：不是 --render 指令</translation>
    </message>
    <message>
        <source>internal error: --render needs a QApplication (use the offscreen platform)</source>
        <translation>內部錯誤：--render 需要 QApplication（請使用 offscreen 平台）</translation>
    </message>
    <message>
        <source>--render needs --output FILE.png|.svg|.pdf</source>
        <translation>--render 需要 --output 檔案.png|.svg|.pdf</translation>
    </message>
    <message>
        <source>--render: %1 is outside the campaign (%2 to %3)</source>
        <translation>--render：%1 不在戰役期間內（%2 至 %3）</translation>
    </message>
    <message>
        <source>--render: cannot draw the map of campaign &quot;%1&quot;:
%2</source>
        <translation>--render：無法繪製戰役「%1」的地圖：
%2</translation>
    </message>
    <message>
        <source>%1: wrote the map at the end of %2 (%3×%4 %5)</source>
        <translation>%1：已寫入 %2 結束時的地圖（%3×%4 %5）</translation>
    </message>
    <message>
        <source>image size %1×%2 must be from 1 to %3 pixels a side</source>
        <translation>圖片尺寸 %1×%2 的每邊必須介於 1 至 %3 像素</translation>
    </message>
    <message>
        <source>--district: no district &quot;%1&quot; in campaign &quot;%2&quot;</source>
        <translation>--district：戰役「%2」中沒有城區「%1」</translation>
    </message>
    <message>
        <source>Changes from the end of %1 to the end of %2 · outline: the side that held a district before</source>
        <translation>%1結束至%2結束之間的變化 · 外框：地區原來的控制方</translation>
    </message>
    <message>
        <source> · article only, reports hidden</source>
        <translation> · 僅條目，報導已隱藏</translation>
    </message>
    <message>
        <source>--compare: %1 is outside the campaign (%2 to %3)</source>
        <translation>--compare：%1 不在戰役期間內（%2 至 %3）</translation>
    </message>
    <message>
        <source>Source: “%1”, %2, %3, %4, %5</source>
        <translation>來源：「%1」，%2，%3，%4，%5</translation>
    </message>
    <message>
        <source>District boundaries approximate</source>
        <translation>區界為概略示意</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1及另外%n家</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outlet(s)</source>
        <translation>
            <numerusform>%n家媒體</numerusform>
        </translation>
    </message>
    <message>
        <source>Reports: %1</source>
        <translation>報導：%1</translation>
    </message>
    <message>
        <source>Made with Aleppo Atlas.</source>
        <translation>以 Aleppo Atlas 製作。</translation>
    </message>
    <message>
        <source>no file extension; add .png, .svg or .pdf to choose the format</source>
        <translation>沒有副檔名；請加上 .png、.svg 或 .pdf 以選擇格式</translation>
    </message>
    <message>
        <source>cannot start the page</source>
        <translation>無法開始頁面</translation>
    </message>
</context>
<context>
    <name>MapScene</name>
    <message>
        <source>no campaign to draw</source>
        <translation>沒有可繪製的戰役資料</translation>
    </message>
    <message>
        <source>the control timeline does not belong to campaign &quot;%1&quot;</source>
        <translation>控制權時間軸不屬於戰役「%1」</translation>
    </message>
    <message>
        <source>%1: shape &quot;%2&quot; is not a district of campaign &quot;%3&quot;</source>
        <translation>%1：形狀「%2」不是戰役「%3」的城區</translation>
    </message>
    <message>
        <source>campaign &quot;%1&quot; has neither a map nor district shapes to draw</source>
        <translation>戰役「%1」既沒有地圖，也沒有可繪製的城區形狀</translation>
    </message>
    <message>
        <source>campaign &quot;%1&quot;: cannot place the districts on a map</source>
        <translation>戰役「%1」：無法將城區放到地圖上</translation>
    </message>
    <message>
        <source>no outline for district &quot;%1&quot; (%2)</source>
        <translation>城區「%1」（%2）沒有外框</translation>
    </message>
    <message>
        <source>%1: QtSvg cannot render this map</source>
        <translation>%1：QtSvg 無法繪製此地圖</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Map of Aleppo</source>
        <translation>阿勒頗地圖</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>放大 (+)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>縮小 (−)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全圖</translation>
    </message>
    <message>
        <source>Show the whole map (0)</source>
        <translation>顯示整張地圖 (0)</translation>
    </message>
    <message>
        <source>Fit the map to the window</source>
        <translation>地圖符合視窗大小</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>圖例</translation>
    </message>
    <message>
        <source>Show or hide the legend</source>
        <translation>顯示或隱藏圖例</translation>
    </message>
    <message>
        <source>Show legend</source>
        <translation>顯示圖例</translation>
    </message>
    <message>
        <source>Control: %1</source>
        <translation>控制方：%1</translation>
    </message>
    <message>
        <source>Since: %1</source>
        <translation>起始：%1</translation>
    </message>
    <message>
        <source>Basis: %1</source>
        <translation>依據：%1</translation>
    </message>
    <message>
        <source>The map shows: %1 (%2)</source>
        <translation>地圖顯示：%1（%2）</translation>
    </message>
    <message>
        <source>Legend &amp;Corner</source>
        <translation>圖例位置(&amp;C)</translation>
    </message>
    <message>
        <source>Top &amp;Left</source>
        <translation>左上(&amp;L)</translation>
    </message>
    <message>
        <source>Top &amp;Right</source>
        <translation>右上(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Bottom Left</source>
        <translation>左下(&amp;B)</translation>
    </message>
    <message>
        <source>Bottom Ri&amp;ght</source>
        <translation>右下(&amp;G)</translation>
    </message>
</context>
<context>
    <name>OverviewDialog</name>
    <message>
        <source>Reading the map</source>
        <translation>如何閱讀地圖</translation>
    </message>
    <message>
        <source>Each district has the colour of the side that held it at the end of the day shown on the timeline:</source>
        <translation>每個城區塗上在時間軸所示日期結束時控制它的一方的顏色：</translation>
    </message>
    <message>
        <source>grey: no information for that day</source>
        <translation>灰色：該日沒有資料</translation>
    </message>
    <message>
        <source>Stripes: contested. The base colour is the side that holds most; equal stripes mean that no side is known to hold most.</source>
        <translation>條紋：爭奪中。底色是控制大部分的一方；條紋等寬表示不知哪一方控制大部分。</translation>
    </message>
    <message>
        <source>How a state is known shows in the fill and the outline: solid for what the article states, lighter with a dashed outline for what follows from it, a dash-dot outline for what only the reports of the time say, pale and dotted for approximate states from reference geography.</source>
        <translation>填色和輪廓顯示狀態的依據：實色是條目明言的，較淡並以虛線勾勒的是由條目推斷的，點劃線輪廓是只有當時報導所述的，淡色加點狀是取自參考地理資料的約略狀態。</translation>
    </message>
    <message>
        <source>A white halo marks the districts that changed hands that day; a reddish-purple outline, that sources disagree (the map shows one claim, the District panel lists them all).</source>
        <translation>白色光暈標示當天易手的城區；紫紅色輪廓表示來源說法不一（地圖顯示其中一項聲稱，「城區」面板列出全部）。</translation>
    </message>
    <message>
        <source>The legend on the map lists every colour and texture. Click a district for its history; drag the timeline, or press → and ←, to move a day.</source>
        <translation>地圖上的圖例列出所有顏色和紋理。點擊城區可查看其歷史；拖動時間軸或按 → 和 ← 可前後移動一天。</translation>
    </message>
    <message>
        <source>Start Here</source>
        <translation>從這裡開始</translation>
    </message>
    <message>
        <source>Overview of the campaign</source>
        <translation>戰役概覽</translation>
    </message>
    <message>
        <source>Show this overview at every start</source>
        <translation>每次啟動時顯示此概覽</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>No campaign loaded.</source>
        <translation>未載入戰役。</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1至%2</translation>
    </message>
    <message>
        <source>Everything on the map and the timeline quotes the article:</source>
        <translation>地圖和時間軸上的一切都引用自條目：</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Campaign Not Opened</source>
        <translation>未開啟戰役資料</translation>
    </message>
    <message>
        <source>The current campaign stays open.</source>
        <translation>目前的戰役資料仍保持開啟。</translation>
    </message>
    <message>
        <source>Problems, one per line as FILE:LINE:COLUMN: message</source>
        <translation>問題清單，每行一項，格式為 檔案:行:欄: 訊息</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>The campaign package “%1” has a problem and was not opened.</source>
        <translation>戰役資料套件「%1」有 1 個問題，因此未開啟。</translation>
    </message>
    <message>
        <source>The campaign package “%1” has %2 problems and was not opened.</source>
        <translation>戰役資料套件「%1」有 %2 個問題，因此未開啟。</translation>
    </message>
</context>
<context>
    <name>PublishActions</name>
    <message>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <source>Export &amp;Data…</source>
        <translation>匯出資料(&amp;D)…</translation>
    </message>
    <message>
        <source>Save the control periods as GeoJSON for GIS tools, or the changes and events as CSV</source>
        <translation>將控制時段存為供 GIS 工具使用的 GeoJSON，或將變化與事件存為 CSV</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 圖片 (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG 圖片 (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>PDF document, A4 page (*.pdf)</source>
        <translation>PDF 文件，A4 頁面 (*.pdf)</translation>
    </message>
    <message>
        <source>PDF document, Letter page (*.pdf)</source>
        <translation>PDF 文件，Letter 頁面 (*.pdf)</translation>
    </message>
    <message>
        <source>GeoJSON for GIS tools (*.geojson)</source>
        <translation>供 GIS 工具使用的 GeoJSON (*.geojson)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>there is no map</source>
        <translation>沒有地圖</translation>
    </message>
    <message>
        <source>there is no campaign</source>
        <translation>沒有戰役資料</translation>
    </message>
    <message>
        <source>%1: unknown data format &quot;%2&quot;; use .geojson or .csv</source>
        <translation>%1：未知的資料格式「%2」；請使用 .geojson 或 .csv</translation>
    </message>
    <message>
        <source>There is no map to print.</source>
        <translation>沒有可列印的地圖。</translation>
    </message>
    <message>
        <source>Print Map</source>
        <translation>列印地圖</translation>
    </message>
    <message>
        <source>Print Failed</source>
        <translation>列印失敗</translation>
    </message>
    <message>
        <source>The map could not be printed:
%1</source>
        <translation>無法列印地圖：
%1</translation>
    </message>
    <message>
        <source>Sent the map to the printer.</source>
        <translation>已將地圖送往印表機。</translation>
    </message>
    <message>
        <source>There is no campaign to export.</source>
        <translation>沒有可匯出的戰役資料。</translation>
    </message>
    <message>
        <source>Export Data (article only, reports left out)</source>
        <translation>匯出資料（僅條目，不含報導）</translation>
    </message>
    <message>
        <source>Export Data (article and reports)</source>
        <translation>匯出資料（條目與報導）</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <source>The data could not be saved:
%1</source>
        <translation>無法儲存資料：
%1</translation>
    </message>
    <message>
        <source>Saved the data to %1</source>
        <translation>已將資料存至 %1</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>%1 via %2</source>
        <translation>%2 轉述%1</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <source>&amp;Find districts, events and article text:</source>
        <translation>尋找城區、事件與條目文字(&amp;F)：</translation>
    </message>
    <message>
        <source>Search for</source>
        <translation>搜尋內容</translation>
    </message>
    <message>
        <source>Hanano, 哈納諾, هنانو, ceasefire…</source>
        <translation>哈納諾、Hanano、هنانو、停火…</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜尋結果</translation>
    </message>
    <message>
        <source>Enter goes to the result: a district is selected, an event&apos;s date shown, a paragraph shown in the Article panel.</source>
        <translation>按 Enter 前往結果：選取城區、前往事件的日期，或在「條目」面板顯示段落。</translation>
    </message>
    <message>
        <source>Type a district&apos;s name (English, Chinese or Arabic), a word of an event or of the article; Down goes to the results, Enter to the first one.</source>
        <translation>輸入城區名稱（英文、中文或阿拉伯文），或事件、條目中的字詞；按向下鍵移到結果，按 Enter 前往第一個結果。</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>找不到「%1」。</translation>
    </message>
    <message>
        <source>Districts: %1 · Events: %2 · Article paragraphs: %3</source>
        <translation>城區：%1 · 事件：%2 · 條目段落：%3</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>清除搜尋字詞</translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <source>District · %1</source>
        <translation>城區 · %1</translation>
    </message>
    <message>
        <source>Event · %1</source>
        <translation>事件 · %1</translation>
    </message>
    <message>
        <source>Article · paragraph %1</source>
        <translation>條目 · 第 %1 段</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>鍵盤快捷鍵</translation>
    </message>
    <message>
        <source>Time shortcuts work in the whole window, whatever has the focus.</source>
        <translation>時間相關快捷鍵在整個視窗中都有效，不論焦點在哪裡。</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>動作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按鍵</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快捷鍵</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>Move through the districts on the map</source>
        <translation>在地圖上逐一瀏覽城區</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab (map focused)</source>
        <translation>Tab／Shift+Tab（焦點在地圖上時）</translation>
    </message>
    <message>
        <source>Show the focused district&apos;s history</source>
        <translation>顯示所選城區的歷史</translation>
    </message>
    <message>
        <source>Enter (map focused)</source>
        <translation>Enter（焦點在地圖上時）</translation>
    </message>
    <message>
        <source>Move the focus between map, timeline and panels</source>
        <translation>在地圖、時間軸與各面板之間移動焦點</translation>
    </message>
    <message>
        <source>F6</source>
        <translation>F6</translation>
    </message>
</context>
<context>
    <name>StartupState</name>
    <message>
        <source>--date: %1 is outside the campaign (%2 to %3)</source>
        <translation>--date：%1 不在戰役期間內（%2 至 %3）</translation>
    </message>
    <message>
        <source>--district: unknown district &quot;%1&quot;; known districts: %2</source>
        <translation>--district：未知的城區「%1」；已知城區：%2</translation>
    </message>
    <message>
        <source>--language: unknown language &quot;%1&quot;; use %2</source>
        <translation>--language：未知的語言「%1」；請使用 %2</translation>
    </message>
</context>
<context>
    <name>SvgDistrictReader</name>
    <message>
        <source>path data must start with a command</source>
        <translation>路徑資料必須以指令開頭</translation>
    </message>
    <message>
        <source>numbers after a closepath at offset %1</source>
        <translation>位置 %1 的 closepath 之後出現數字</translation>
    </message>
    <message>
        <source>bad moveto at offset %1</source>
        <translation>位置 %1 的 moveto 有誤</translation>
    </message>
    <message>
        <source>bad lineto at offset %1</source>
        <translation>位置 %1 的 lineto 有誤</translation>
    </message>
    <message>
        <source>bad horizontal lineto at offset %1</source>
        <translation>位置 %1 的水平 lineto 有誤</translation>
    </message>
    <message>
        <source>bad vertical lineto at offset %1</source>
        <translation>位置 %1 的垂直 lineto 有誤</translation>
    </message>
    <message>
        <source>bad curveto at offset %1</source>
        <translation>位置 %1 的 curveto 有誤</translation>
    </message>
    <message>
        <source>bad smooth curveto at offset %1</source>
        <translation>位置 %1 的平滑 curveto 有誤</translation>
    </message>
    <message>
        <source>bad quadratic curveto at offset %1</source>
        <translation>位置 %1 的二次 curveto 有誤</translation>
    </message>
    <message>
        <source>bad smooth quadratic curveto at offset %1</source>
        <translation>位置 %1 的平滑二次 curveto 有誤</translation>
    </message>
    <message>
        <source>bad arc at offset %1</source>
        <translation>位置 %1 的弧線有誤</translation>
    </message>
    <message>
        <source>unknown path command &quot;%1&quot;</source>
        <translation>未知的路徑指令「%1」</translation>
    </message>
    <message>
        <source>cannot read transform &quot;%1&quot;</source>
        <translation>無法讀取變換「%1」</translation>
    </message>
    <message>
        <source>bad points</source>
        <translation>points 有誤</translation>
    </message>
    <message>
        <source>bad width or height</source>
        <translation>寬度或高度有誤</translation>
    </message>
    <message>
        <source>district &quot;%1&quot; is a &lt;%2&gt;; use a &lt;path&gt;, &lt;polygon&gt; or &lt;rect&gt;</source>
        <translation>城區「%1」是 &lt;%2&gt;；請使用 &lt;path&gt;、&lt;polygon&gt; 或 &lt;rect&gt;</translation>
    </message>
    <message>
        <source>district &quot;%1&quot;: %2</source>
        <translation>城區「%1」：%2</translation>
    </message>
</context>
<context>
    <name>TerritoryChart</name>
    <message>
        <source>No campaign is open.</source>
        <translation>沒有開啟的戰役。</translation>
    </message>
    <message>
        <source>This campaign has no district outlines: its areas cannot be measured.</source>
        <translation>此戰役沒有地區邊界：無法量度面積。</translation>
    </message>
    <message>
        <source>Contested</source>
        <translation>爭奪中</translation>
    </message>
    <message>
        <source>%1: %2 km²</source>
        <translation>%1：%2 平方公里</translation>
    </message>
    <message>
        <source>First day&apos;s opposition area taken (right axis): %1%, contested districts counting half</source>
        <translation>首日反對派控制區被攻佔的比例（右軸）：%1%，爭奪中的地區按一半計</translation>
    </message>
    <message>
        <source>What the sources say of this day, beside the map&apos;s value:</source>
        <translation>來源對這一天的說法，旁附地圖的數值：</translation>
    </message>
    <message>
        <source>No source gives a figure for this day.</source>
        <translation>沒有來源給出這一天的數字。</translation>
    </message>
    <message>
        <source>Marks: ◆ the article&apos;s figures, ○ the reports&apos;; hover one for its source.</source>
        <translation>標記：◆ 條目的數字，○ 報導的數字；把游標停在標記上可看其來源。</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 km²</source>
        <translation>%1 平方公里</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>被攻佔</translation>
    </message>
    <message>
        <source>held by the opposition</source>
        <translation>由反對派控制</translation>
    </message>
    <message>
        <source>the map has no value for it</source>
        <translation>地圖沒有對應的數值</translation>
    </message>
    <message>
        <source>the map: %1 taken (contested districts count half)</source>
        <translation>地圖：%1 被攻佔（爭奪中的地區按一半計）</translation>
    </message>
    <message>
        <source>the map: %1 (contested districts count half)</source>
        <translation>地圖：%1（爭奪中的地區按一半計）</translation>
    </message>
    <message>
        <source>%1: %2 %3; %4</source>
        <translation>%1：%2 %3；%4</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>控制範圍</translation>
    </message>
    <message>
        <source>Territory chart: km² held by each side, day by day</source>
        <translation>控制範圍圖表：各方每日控制的平方公里</translation>
    </message>
    <message>
        <source>km²</source>
        <translation>平方公里</translation>
    </message>
    <message>
        <source>% taken</source>
        <translation>被攻佔 %</translation>
    </message>
    <message>
        <source>Share taken (right axis)</source>
        <translation>被攻佔比例（右軸）</translation>
    </message>
    <message>
        <source>Article&apos;s figures</source>
        <translation>條目的數字</translation>
    </message>
    <message>
        <source>Reports&apos; figures</source>
        <translation>報導的數字</translation>
    </message>
    <message>
        <source>The current day&apos;s areas and figures</source>
        <translation>當日的面積與數字</translation>
    </message>
</context>
<context>
    <name>TextFormat</name>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>No text for this reference in the article&apos;s copy.</source>
        <translation>此份條目副本中，這條參考文獻沒有內容。</translation>
    </message>
    <message>
        <source>Look it up in the article on Chinese Wikipedia:</source>
        <translation>可到中文維基百科的條目查閱：</translation>
    </message>
    <message>
        <source>(this copy is one revision of it: see the &lt;a href=&quot;%1&quot;&gt;revision history&lt;/a&gt;)</source>
        <translation>（此副本是該條目的其中一個版本：見&lt;a href=&quot;%1&quot;&gt;修訂歷史&lt;/a&gt;）</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Timeline panel</source>
        <translation>時間軸面板</translation>
    </message>
    <message>
        <source>&amp;Speed:</source>
        <translation>速度(&amp;S)：</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>播放速度</translation>
    </message>
    <message>
        <source>Current date</source>
        <translation>目前日期</translation>
    </message>
    <message>
        <source>Event kinds</source>
        <translation>事件類別</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>沒有日期</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Pause playback</source>
        <translation>暫停播放</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>播放或暫停（空白鍵）</translation>
    </message>
    <message>
        <source>1 day/s</source>
        <translation>每秒 1 天</translation>
    </message>
    <message>
        <source>%1 days/s</source>
        <translation>每秒 %1 天</translation>
    </message>
    <message>
        <source>strip: events per day, darker for more</source>
        <translation>色帶：每日事件數，顏色愈深事件愈多</translation>
    </message>
    <message>
        <source>Click a kind to hide or show its events on the timeline (also View › Event Kinds).</source>
        <translation>按一下類型即可在時間軸上隱藏或顯示該類事件（亦可用「檢視 › 事件類型」）。</translation>
    </message>
    <message>
        <source>Every kind is shown. Enter on a kind hides it.</source>
        <translation>顯示所有類型。在類型上按 Enter 即可隱藏。</translation>
    </message>
    <message>
        <source>Hidden: %1. Enter on a kind hides or shows it.</source>
        <translation>已隱藏：%1。在類型上按 Enter 即可隱藏或顯示。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 個事件</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 個事件</translation>
    </message>
    <message>
        <source>No events on this day</source>
        <translation>這一天沒有事件</translation>
    </message>
    <message>
        <source>1 event on this day</source>
        <translation>這一天有 1 個事件</translation>
    </message>
    <message>
        <source>%1 events on this day</source>
        <translation>這一天有 %1 個事件</translation>
    </message>
    <message>
        <source>events per day</source>
        <translation>每日事件數</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Timeline</source>
        <translation>時間軸</translation>
    </message>
    <message>
        <source>No campaign loaded.</source>
        <translation>尚未載入戰役資料。</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>No campaign loaded</source>
        <translation>尚未載入戰役資料</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month name, year</comment>
        <translation>%2年%1</translation>
    </message>
    <message>
        <source>Current date %1 (day %2 of %3), events on this day: %4. Left and Right move by a day, Page Up and Page Down by event.</source>
        <translation>目前日期 %1（第 %2 天，共 %3 天），此日事件數：%4。左右方向鍵按日移動，Page Up 與 Page Down 按事件移動。</translation>
    </message>
    <message>
        <source>%1 — one event</source>
        <translation>%1 — 1 個事件</translation>
    </message>
    <message>
        <source>%1 — %2 events</source>
        <translation>%1 — %2 個事件</translation>
    </message>
</context>
<context>
    <name>VideoEncoder</name>
    <message>
        <source>.mp4, .webm, .gif, or a folder name without an extension for PNG frames</source>
        <translation>.mp4、.webm、.gif，或不含副檔名的資料夾名稱（PNG 影格）</translation>
    </message>
    <message>
        <source>%1: the frame size %2×%3 must be even on both sides</source>
        <translation>%1：影格尺寸 %2×%3 的寬與高都必須是偶數</translation>
    </message>
    <message>
        <source>%1: the frame rate must be at least 1 frame per second</source>
        <translation>%1：影格率至少須為每秒 1 格</translation>
    </message>
    <message>
        <source>%1: a GIF needs a palette of 1 to %2 colours</source>
        <translation>%1：GIF 需要 1 到 %2 色的調色盤</translation>
    </message>
    <message>
        <source>%1: already exists; PNG frames go into a new or empty folder</source>
        <translation>%1：已存在；PNG 影格須寫入新的或空的資料夾</translation>
    </message>
    <message>
        <source>%1: cannot write: the folder %2 does not exist</source>
        <translation>%1：無法寫入：資料夾 %2 不存在</translation>
    </message>
    <message>
        <source>%1: cannot write in %2: %3</source>
        <translation>%1：無法寫入 %2：%3</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：無法寫入：%2</translation>
    </message>
    <message>
        <source>%1: this FFmpeg has no %2 encoder or %3 muxer</source>
        <translation>%1：此 FFmpeg 沒有 %2 編碼器或 %3 封裝器</translation>
    </message>
    <message>
        <source>%1: cannot start the %2 file: %3</source>
        <translation>%1：無法開始 %2 檔案：%3</translation>
    </message>
    <message>
        <source>%1: out of memory</source>
        <translation>%1：記憶體不足</translation>
    </message>
    <message>
        <source>%1: cannot start the %2 encoder: %3</source>
        <translation>%1：無法啟動 %2 編碼器：%3</translation>
    </message>
    <message>
        <source>%1: cannot convert the frames to %2</source>
        <translation>%1：無法將影格轉換為 %2</translation>
    </message>
    <message>
        <source>%1: the clip is not open</source>
        <translation>%1：動畫尚未開啟</translation>
    </message>
    <message>
        <source>%1: frame %2 is %3×%4, not %5×%6</source>
        <translation>%1：第 %2 格為 %3×%4，而非 %5×%6</translation>
    </message>
    <message>
        <source>%1: cannot write %2: %3</source>
        <translation>%1：無法寫入 %2：%3</translation>
    </message>
    <message>
        <source>%1: cannot encode frame %2: %3</source>
        <translation>%1：無法編碼第 %2 格：%3</translation>
    </message>
    <message>
        <source>%1: cannot encode: %2</source>
        <translation>%1：無法編碼：%2</translation>
    </message>
    <message>
        <source>%1: a clip needs at least one frame</source>
        <translation>%1：動畫至少需要一格</translation>
    </message>
    <message>
        <source>%1: cannot save: %2</source>
        <translation>%1：無法儲存：%2</translation>
    </message>
    <message>
        <source>video export is not available: its FFmpeg module (%1) was not found or could not be loaded (%2)</source>
        <translation>無法匯出影片：找不到或無法載入其 FFmpeg 模組（%1）（%2）</translation>
    </message>
    <message>
        <source>looked in %1</source>
        <translation>已搜尋 %1</translation>
    </message>
</context>
<context>
    <name>ViewerSession</name>
    <message>
        <source>the package could not be loaded</source>
        <translation>無法載入此套件</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>stated (article)</source>
        <translation>明言（條目）</translation>
    </message>
    <message>
        <source>inferred from the article</source>
        <translation>由條目推斷</translation>
    </message>
    <message>
        <source>approximate (reference geography, not the article)</source>
        <translation>約略（參考地理資料，非條目）</translation>
    </message>
    <message>
        <source>no information</source>
        <translation>沒有資料</translation>
    </message>
    <message>
        <source>contested, mostly held by %1</source>
        <translation>爭奪中，大部分由%1控制</translation>
    </message>
    <message>
        <source>contested</source>
        <translation>爭奪中</translation>
    </message>
    <message>
        <source>Changed on this day</source>
        <translation>此日易手</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>reported, not in the article</source>
        <translation>報導所述，條目未提及</translation>
    </message>
    <message>
        <source>Sources disagree</source>
        <translation>來源說法不一</translation>
    </message>
    <message>
        <source>The map follows the article: its own statements take precedence over reports.</source>
        <translation>地圖依從條目：條目本身的陳述優先於報導。</translation>
    </message>
    <message>
        <source>The map follows the report: a dated report is preferred to what is only inferred from the article.</source>
        <translation>地圖依從報導：有日期的報導優先於僅從條目推斷的狀態。</translation>
    </message>
    <message>
        <source>The map follows the independent source: a news outlet&apos;s or monitor&apos;s claim is preferred to one made by a party to the fighting.</source>
        <translation>地圖依從獨立來源：新聞機構或監察組織的聲稱優先於交戰一方的聲稱。</translation>
    </message>
    <message>
        <source>The map follows the most recently published report (the last listed, on the same day).</source>
        <translation>地圖依從最近發佈的報導（同日則取最後列出者）。</translation>
    </message>
    <message>
        <source>The map keeps the claim: a denial marks it disputed but does not replace it.</source>
        <translation>地圖保留該聲稱：否認會把它標為有爭議，但不會取代它。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>article ¶%1 %2</source>
        <translation>條目第 %1 段 %2</translation>
    </message>
    <message>
        <source>Chinese Wikipedia</source>
        <translation>中文維基百科</translation>
    </message>
    <message>
        <source>Wikipedia</source>
        <translation>維基百科</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>修訂版本%1</translation>
    </message>
    <message>
        <source>revision not recorded (copy of %1)</source>
        <translation>未記錄修訂版本（%1的副本）</translation>
    </message>
    <message>
        <source>revision not recorded</source>
        <translation>未記錄修訂版本</translation>
    </message>
</context>
</TS>
