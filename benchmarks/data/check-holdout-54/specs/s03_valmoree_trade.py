SPEC = {
 "clean_name": "clean-valmoree-trade", "err_name": "err-valmoree-trade",
 "lang": "fr", "outlet": "Le Courrier Financier", "section": "Économie",
 "author": "Claire Dumanoir",
 "title": "Valmorée : le déficit commercial se creuse au troisième trimestre",
 "url": "https://www.courrier-financier.example/economie/2025/11/07/valmoree-deficit-commercial-troisieme-trimestre",
 "published": "2025-11-07T08:30:00+01:00", "dateline": "Publié le 7 novembre 2025 à 8 h 30",
 "body": [
  "Le déficit commercial de la Valmorée s'est nettement creusé au troisième trimestre, selon les chiffres publiés vendredi 7 novembre par l'Office valmoréen de la statistique. Les exportations ont atteint 48,6 milliards d'euros entre juillet et septembre, en hausse de 3,2 % sur un an, tandis que les importations ont bondi de 7,9 % à 53,1 milliards d'euros.",
  "La facture énergétique explique l'essentiel de la dégradation : les achats de gaz et de pétrole ont progressé de 21 % pour atteindre 9,8 milliards d'euros, sous l'effet d'un été particulièrement chaud qui a fait grimper la demande d'électricité.",
  "Du côté des exportations, l'agroalimentaire reste le premier poste. Le pays a vendu 3,1 millions de tonnes de céréales à l'étranger au cours du trimestre, soit 400 000 tonnes de plus qu'un an plus tôt. Les ventes de machines-outils ont en revanche reculé de 6 %.",
  "« Nous payons notre dépendance énergétique », a reconnu la ministre du Commerce extérieur, Élodie Marchetti-Vaux, 47 ans, lors d'un point presse à Castelrive. Elle a rappelé que le gouvernement prévoit de porter la part des énergies renouvelables à 40 % de la production d'électricité d'ici à 2030, contre 27 % aujourd'hui.",
  "La ministre a également confirmé le lancement du corridor ferroviaire de fret de 340 kilomètres reliant le port de Sablonne à la frontière orientale, dont les travaux doivent durer quatre ans et coûter 2,7 milliards d'euros.",
  "Sur le front de l'emploi, le taux de chômage a reculé de 0,3 point au troisième trimestre, à 7,4 %, son plus bas niveau depuis 2008. Les économistes restent toutefois prudents : la Banque nationale de Valmorée a abaissé jeudi sa prévision de croissance pour 2025 à 0,9 %, contre 1,3 % auparavant.",
  "Les partenaires européens absorbent toujours près des deux tiers des exportations valmoréennes. Les ventes vers les pays hors de l'Union ont toutefois progressé plus vite, de 5,5 %, portées par la demande d'Afrique du Nord.",
 ],
 "digest": """
ヴァルモレ:7〜9月期の貿易赤字が拡大2025年11月07日 22:10

国立国会図書館デジタルコレクション「浪華百景」を加工して作成
【概要】

 ヴァルモレの統計局が11月7日(金)に発表した統計によると、同国の7〜9月期の貿易赤字が大きく拡大した。輸出は前年同期比3.2%増の486億ユーロにとどまった一方、輸入は7.9%増の531億ユーロに膨らみ、赤字額は45億ユーロとなった。

 主なハイライト

 エネルギー輸入の急増:ガスと石油の輸入額は21%増えて98億ユーロに達した。猛暑の夏で電力需要が高まったことが響いた。

 穀物輸出は堅調:7〜9月期の穀物輸出は310万トンで、前年同期より40万トン多かった。一方、工作機械の輸出は6%減少した。

 雇用は改善:失業率は0.3ポイント低下して7.4%となり、2008年以来の低水準となった。

 文脈

 エネルギー依存:エロディ・マルケッティ=ヴォー(Élodie Marchetti-Vaux)貿易相(47)は「エネルギー依存の代償を払っている」と認めた。政府は再生可能エネルギーの比率を現在の27%から2030年までに40%へ高める計画である。

 成長見通しの引き下げ:ヴァルモレ国立銀行は前日、2025年の成長率見通しを1.3%から0.9%に下方修正した。

 輸出の約3分の2は依然として欧州の取引相手向けだが、域外向けは北アフリカの需要に支えられて5.5%伸びた。

【詳細】

 ヴァルモレの貿易収支はエネルギー輸入の増加で悪化した。以下、統計の中身と政府の対応をまとめる。

 貿易統計

 1.輸出と輸入

 ・輸出は486億ユーロ(3.2%増)、輸入は531億ユーロ(7.9%増)だった。
 ・差し引き45億ユーロの赤字となった。

 2.品目別の動き

 ・ガス・石油の輸入は98億ユーロで、21%増加した。
 ・穀物の輸出は310万トンで、40万トン増えた。
 ・工作機械の輸出は6%減った。

 政府の対応と景気

 1.エネルギー政策

 ・再生可能エネルギーの比率を2030年までに40%に引き上げる(現在は27%)。

 2.貨物鉄道回廊

 ・マルケッティ=ヴォー貿易相は、サブロンヌ港と東部国境を結ぶ全長340キロの貨物鉄道回廊の着工を確認した。
 ・工期は4年、事業費は27億ユーロを見込む。

 3.雇用と成長

 ・失業率は7.4%で、0.3ポイント低下した。
 ・中銀は2025年の成長率見通しを0.9%に引き下げた。

【要点】

 貿易統計

 1.輸出と輸入

 ・輸出486億ユーロ、輸入531億ユーロで、45億ユーロの赤字。

 2.品目別の動き

 ・エネルギー輸入が21%増。

 政府の対応と景気

 1.エネルギー政策

 ・2030年までに再エネ比率40%を目指す。

 2.貨物鉄道回廊

 ・340キロの回廊に4年で27億ユーロ。

 3.雇用と成長

 ・失業率7.4%、成長率見通しは0.9%。

【引用・参照・底本】

Valmorée : le déficit commercial se creuse au troisième trimestre  Le Courrier Financier  2025.11.07

https://www.courrier-financier.example/economie/2025/11/07/valmoree-deficit-commercial-troisieme-trimestre
""",
 "edits": [
  ("差し引き45億ユーロの赤字", "差し引き55億ユーロの赤字", "mismatch", "error", "55億ユーロ"),
  ("工期は4年、", "工期は6年、", "mismatch", "error", "工期は6年"),
  ("ヴァルモレ国立銀行は前日", "ヴァルモレ国立銀行(BNV)は前日", "name", "warning", "BNV"),
 ],
}
