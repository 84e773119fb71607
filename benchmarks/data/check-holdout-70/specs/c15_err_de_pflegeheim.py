SPEC = dict(
name="err-de-pflegeheim-kosten", lang="de", outlet="Nordsaaler Volksblatt", domain="nordsaaler-volksblatt.example",
path="/gesundheit/pflegeheime-eigenanteil-steigt-erneut", published="2026-08-12T06:30:00+02:00",
title="Pflegeheim wird immer teurer: Eigenanteil steigt auf 3.140 Euro im Monat", section="Gesundheit", author="Dr. Miriam Tessendorf",
paras=[
"Wer im Land Nordsaale in einem Pflegeheim lebt, muss im ersten Jahr durchschnittlich 3.140 Euro im Monat aus eigener Tasche zahlen. Das geht aus einer Auswertung der Landesverbände der Pflegekassen hervor, die am Dienstag in Saalhafen vorgestellt wurde. Vor einem Jahr waren es noch 2.870 Euro.",
"Der Eigenanteil setzt sich aus drei Teilen zusammen: den Kosten für die Pflege selbst, für Unterkunft und Verpflegung sowie für Investitionen. Am stärksten gestiegen ist der Pflegeanteil, vor allem wegen höherer Löhne für Pflegekräfte. Er liegt nun bei 1.520 Euro, nach 1.360 Euro im Vorjahr.",
"In Nordsaale leben rund 41.000 Menschen in 612 Pflegeheimen. Fast zwei Drittel von ihnen sind Frauen, das Durchschnittsalter beim Einzug liegt bei 84 Jahren. Die durchschnittliche Verweildauer beträgt 26 Monate.",
"Immer mehr Bewohnerinnen und Bewohner können die Kosten nicht mehr selbst tragen. Rund 14.800 von ihnen, also gut jeder Dritte, erhalten inzwischen Hilfe zur Pflege vom Sozialamt. Die Kommunen im Land gaben dafür im vergangenen Jahr 486 Millionen Euro aus, 18 Prozent mehr als im Jahr davor.",
"Sozialministerin Katrin Wohlfahrt-Arslan kündigte an, das Land werde ab dem 1. Januar die Investitionskosten für Heime mit 95 Millionen Euro pro Jahr bezuschussen. Das würde die Bewohner im Schnitt um etwa 190 Euro im Monat entlasten.",
"Der Sozialverband Nordsaale hält das für unzureichend. Sein Vorsitzender Gregor Plenzdorf verwies auf Empfehlungen der Weltgesundheitsorganisation zur Langzeitpflege und forderte, den Eigenanteil auf 1.000 Euro zu begrenzen. Eine Umfrage des Verbands unter 1.600 Angehörigen ergab, dass 73 Prozent die Heimkosten als große finanzielle Belastung empfinden.",
"Der Landtag soll im vierten Quartal über das Förderprogramm entscheiden.",
],
digest="""
ノルトザーレ州:介護施設の自己負担、月3140ユーロに上昇2026年08月12日 15:00

国立国会図書館デジタルコレクション「浪華百景」を加工して作成
【概要】

 ノルトザーレ(Nordsaale)州で介護施設に入居する人の1年目の自己負担が、月平均3140ユーロに達した。介護保険金庫の州連合会が11日(火)にザールハーフェンで公表した集計で明らかになった。1年前は2870ユーロで、270ユーロ増えた。

 主なハイライト

 介護費の上昇:自己負担のうち介護そのものの費用は1520ユーロで、前年の1360ユーロから160ユーロ増えた。介護職員の賃上げが主な要因である。

 入居者の姿:州内の612施設に約4万1000人が暮らし、約3分の2が女性。入居時の平均年齢は84歳、平均の入居期間は26カ月。

 公的扶助の増加:費用を払いきれず社会福祉事務所の介護扶助を受ける入居者は約1万4800人で、入居者の約4分の1にのぼる。

 文脈

 自治体の負担:州内の自治体は昨年、介護扶助に4億8600万ユーロを支出し、前年より18%増えた。

 州の支援策:州は1月1日から、施設の投資費用に年9500万ユーロを補助する。入居者の負担は月平均約190ユーロ軽くなる見込み。

 州議会は10〜12月期に補助制度を審議する予定である。

【詳細】

 介護施設の費用の上昇が続き、入居者と自治体の負担が重くなっている。以下、集計の内容と州の対応をまとめる。

 集計の内容

 1.自己負担の内訳

 ・自己負担は介護費、居住・食費、投資費の三つからなる。
 ・介護費は1520ユーロとなり、最も大きく上がった。

 2.扶助の拡大

 ・介護扶助を受ける入居者は約1万4800人に増えた。
 ・自治体の支出は4億8600万ユーロに上った。

 州と団体の対応

 1.州の補助

 ・カトリン・ヴォールファールト=アルスラン(Katrin Wohlfahrt-Arslan)社会相は、投資費用への年9500万ユーロの補助を表明した。

 2.社会団体の批判

 ・ノルトザーレ社会連盟のグレゴール・プレンツドルフ(Gregor Plenzdorf)会長は、世界保健機関(WHO)の長期介護に関する勧告を挙げ、自己負担を1000ユーロに抑えるよう求めた。
 ・連盟が家族1600人に行った調査では、73%が施設の費用を大きな経済的負担と感じていた。

 補助が始まっても、自己負担の増加に歯止めがかかるかは不透明である。

【要点】

 集計の内容

 1.自己負担の内訳

 ・1年目の自己負担は月3140ユーロ、前年比270ユーロ増。

 2.扶助の拡大

 ・介護扶助の受給者は約1万4800人、自治体の支出は18%増。

 州と団体の対応

 1.州の補助

 ・1月1日から年9500万ユーロを補助、月約190ユーロの負担減。

 2.社会団体の批判

 ・自己負担の上限を月1000ユーロにするよう要求。

【引用・参照・底本】

Pflegeheim wird immer teurer: Eigenanteil steigt auf 3.140 Euro im Monat Nordsaaler Volksblatt 2026.08.21

https://nordsaaler-volksblatt.example/gesundheit/pflegeheime-eigenanteil-steigt-erneut
""",
findings=[
 ("mismatch", "error", "約4分の1"),
 ("name", "warning", "WHO"),
 ("citation", "warning", "2026.08.21"),
],
)
