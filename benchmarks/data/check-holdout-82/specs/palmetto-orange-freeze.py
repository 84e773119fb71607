META = dict(lang="en", outlet="Sun Coast Grower", author="Luis Carrow", section="Citrus",
    title="Freeze trims Palmetto County orange forecast to 18.5 million boxes",
    url="https://suncoastgrower.example/citrus/2025/02/07/palmetto-orange-forecast-freeze",
    pub="2025-02-07T15:30:00-05:00", pub_h="Feb. 7, 2025 3:30 p.m. EST", topic="orange crop forecast after freeze")
BODY = [
 "Orange growers in Palmetto County will pick 18.5 million boxes this season, down from 20.1 million last season, after a January freeze damaged fruit on thousands of acres, the county's Citrus Estimating Board said on Friday.",
 "The board's February forecast, published at 12 noon Eastern time, cut 0.9 million boxes from its January number. A standard box of oranges weighs 90 pounds.",
 "The freeze struck before dawn on Tuesday, January 21, when temperatures in the northern groves fell to 26 degrees Fahrenheit and stayed below freezing for about four hours. Inspectors found ice in the fruit at 62 of the 80 groves they sampled.",
 "\"We ran irrigation all night to protect the trees, and the trees are fine. The fruit is another story,\" said Alma Redfern, 67, who has grown oranges near Lake Osprey for four decades.",
 "Palmetto County is the second-largest orange-growing county in the state, with 142,000 acres of bearing groves. The board expects average fruit size to be the smallest in 11 seasons.",
 "Frozen concentrated orange juice futures for March delivery rose 14 cents to $4.85 a pound in New York after the report. Processors in the county have paid growers an average of $3.10 per pound solids this season, up from $2.75.",
 "The board estimates that about 70% of the crop goes to juice plants and the rest to the fresh market. The county's citrus industry employs about 9,400 people.",
 "Growers said labour was the other headache this winter. Crews that normally pick early varieties in December were idle for most of the month because the fruit was slow to colour, and some moved on to vegetable farms further south.",
 "Harvesting is expected to run until early June. The next forecast will be published on March 11.",
]
DIGEST = """パルメット郡:寒波でオレンジ予想1850万箱に2025年02月08日 10:00

国立国会図書館デジタルコレクション「浪華百景」を加工して作成
【概要】

 パルメット郡の柑橘収穫予測委員会は7日(金曜日)、今季のオレンジの収穫量を1850万箱と予測した。前季の2010万箱を160万箱(約8%)下回る。1月の寒波で多くの果樹園の果実が被害を受けた。

 主なハイライト

 予測の引き下げ:東部時間正午(日本時間8日午前2時)に公表された2月予測は、1月の予測から90万箱減った。標準的な1箱は90ポンド(約41キロ)である。

 寒波の被害:1月21日(火曜日)の未明、北部の果樹園では気温が華氏26度(摂氏約マイナス3度)まで下がり、約4時間にわたり氷点下が続いた。調査した80カ所のうち62カ所、約8割の果樹園で果実内に氷が見つかった。

 文脈

 主要産地:パルメット郡は州内で2番目に大きいオレンジ産地で、結果樹の面積は14万2000エーカー(約5万7500ヘクタール)に及ぶ。

 価格の上昇:ニューヨークの3月限の濃縮冷凍オレンジジュース先物は14セント上がって1ポンドあたり4.85ドルとなった。

 果実は11季ぶりの小玉になる見通しで、生産者と加工業者の双方に影響が広がっている。

【詳細】

 1月の寒波は、パルメット郡のオレンジ生産に大きな爪痕を残した。以下、予測の内容と現地の声をまとめる。

 収穫予測

 1.数量

 ・今季の予測は1850万箱で、前季は2010万箱だった。
 ・収穫は6月初めまで続く見込みで、次回の予測は3月11日に公表される。

 2.生産者の声

 ・レイク・オスプレイ近郊で40年にわたりオレンジを育ててきたアルマ・レッドファーン(Alma Redfern)さん(67)は「夜通し散水して木は守れたが、果実は別の話だ」と話した。

 市場と産業

 1.価格

 ・加工業者が今季生産者に支払った価格は固形分1ポンドあたり平均3.10ドルで、前季の2.75ドルから35セント上がった。

 2.用途と雇用

 ・収穫の約7割がジュース工場向けで、残りが生鮮用となる。
 ・郡の柑橘産業の雇用は約9400人。

 寒波の影響は数量だけでなく果実の大きさにも及んでおり、今後の予測の行方が注目される。

【要点】

 収穫予測

 1.数量

 ・今季は1850万箱と前季から約8%減。

 2.生産者の声

 ・寒波で果実に被害、木は散水で守られる。

 市場と産業

 1.価格

 ・オレンジジュース先物は1ポンド4.85ドルに上昇。

 2.用途と雇用

 ・約7割がジュース向け、雇用は約9400人。

{CITATION}"""
TRAPS = ["160万箱(約8%) = 20.1-18.5", "日本時間8日午前2時 = noon EST Fri 7", "約41キロ = 90 lb", "摂氏約マイナス3度 = 26°F", "約8割 = 62/80",
         "約5万7500ヘクタール = 142,000 acres", "35セント = 3.10-2.75", "2番目", "7日(金曜日)", "1月21日(火曜日)", "約7割 = about 70%"]
ERRS = [
 ("1月の予測から90万箱減った", "1月の予測から160万箱減った", "1月の予測から160万箱減った", "mismatch", "error", "figure moved (season-on-season drop attached to the month-on-month cut)"),
 ("華氏26度(摂氏約マイナス3度)", "摂氏26度", "摂氏26度", "mismatch", "error", "unit slip (°F written as °C)"),
 ("・郡の柑橘産業の雇用は約9400人。", "・郡の柑橘産業の雇用は約9400人で、うち約2800人が季節労働者である。", "約2800人", "unsupported", "warning", "invented figure"),
]
