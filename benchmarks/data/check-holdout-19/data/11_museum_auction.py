SLUG = "museum-auction"
LANG = "it"
META = dict(
    site="Il Corriere delle Arti",
    title="La «Madonna del Melograno» di Lusetti torna a Vallombra: il Museo civico se la aggiudica per 14,2 milioni",
    url="https://www.corrieredellearti.example/mercato/aste/madonna-melograno-lusetti-museo-civico-vallombra-14-milioni",
    published="2025-11-26T23:50:00+01:00",
    time_display="26 novembre 2025 - 23:50",
    author="Giulia Ferrandi",
    section="Mercato",
)
BODY = [
    "Dopo oltre un secolo in collezioni private, la «Madonna del Melograno» di Bernardino Lusetti torna nella città in cui fu dipinta. Il Museo civico di Vallombra si è aggiudicato mercoledì sera l'opera all'asta della casa Ferraris & Bindi di Torrebruna per 14,2 milioni di euro, diritti d'asta compresi.",
    "Il martello è caduto a 11,8 milioni dopo undici minuti e 23 rilanci, a fronte di una stima compresa tra 6 e 8 milioni. L'asta era cominciata alle 18.30; il lotto, il numero 27, è stato battuto poco prima delle 20.",
    "Si tratta del prezzo più alto mai pagato per un'opera del pittore: il record precedente, 5,6 milioni di euro, risaliva al 2009. La tavola, un olio di 94 per 71 centimetri datato 1517, era stata venduta nel 1911 da una famiglia nobile di Vallombra a un collezionista inglese e da allora non era più stata esposta in Italia.",
    "Il museo ha potuto contare su tre fonti di finanziamento: 6 milioni dallo Stato attraverso il ministero della Cultura, 5 milioni dalla Fondazione Cassa di Risparmio di Vallombra e 3,2 milioni raccolti con una campagna di crowdfunding, alla quale hanno partecipato 12.400 donatori in otto settimane.",
    "«È una giornata storica per la città. Ogni cittadino che ha donato anche solo dieci euro può dire di possedere un pezzetto di questo quadro», ha detto la direttrice del museo, Elena Bassani, 47 anni, che ha seguito l'asta in sala. A contenderle il dipinto fino all'ultimo è stato un offerente al telefono che, secondo la casa d'aste, rappresentava una fondazione statunitense.",
    "Lusetti, nato a Vallombra intorno al 1480 e morto nel 1534, è considerato uno dei maggiori pittori del primo Cinquecento nell'Italia settentrionale. Del suo catalogo sono note appena 19 opere, di cui 12 conservate in musei italiani.",
    "Il dipinto sarà restaurato nei laboratori del museo e presentato al pubblico il 21 marzo 2026, giorno di apertura della nuova ala dedicata al Rinascimento. Il restauro, affidato a una squadra di quattro specialisti, costerà circa 180.000 euro.",
    "Per la casa d'aste è un risultato che arriva in un momento difficile: secondo Ferraris & Bindi, il fatturato del mercato dell'arte antica in Italia è calato del 12% nei primi nove mesi dell'anno rispetto allo stesso periodo del 2024.",
]
HEADLINE = "ルゼッティの名画:故郷の美術館が1420万ユーロで落札"
POSTED = "2025年11月27日 10:20"
CREDIT = "国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成"
DIGEST = """
【概要】

 ルネサンス期の画家ベルナルディーノ・ルゼッティ(Bernardino Lusetti)の「ザクロの聖母」が、100年以上にわたる個人所蔵を経て、描かれた町ヴァッロンブラ(Vallombra)に戻る。ヴァッロンブラ市立美術館が26日夜、トッレブルーナの競売会社フェッラーリス&ビンディ(Ferraris & Bindi)のオークションで、手数料込み1420万ユーロで落札した。

 主なハイライト

 予想を大きく上回る落札:ハンマープライスは1180万ユーロで、予想価格(600万〜800万ユーロ)の上限の約1.5倍だった。11分間に23回の競り上げがあった。

 画家の最高記録:2009年に付いた560万ユーロを大きく上回り、ルゼッティ作品の最高額となった。記録は約2.5倍に更新された。

 3つの財源:国が文化省を通じて600万ユーロ、ヴァッロンブラ貯蓄銀行財団が500万ユーロを拠出し、残る320万ユーロは8週間のクラウドファンディングで1万2400人から集めた。

 文脈

 作品の来歴:1517年の年記がある94×71センチの板絵で、500年余り前に描かれた。1911年に地元の貴族の家から英国の収集家に売却されて以来、イタリアでは展示されていなかった。

 希少な画家:1480年ごろヴァッロンブラに生まれ、1534年に没したルゼッティの作品は19点しか知られておらず、そのうち12点がイタリアの美術館にある。

 作品は修復を経て、2026年3月21日に新設のルネサンス棟の開館に合わせて公開される。

【詳細】

 故郷の美術館が、市民の寄付も加えて巨匠の名作を取り戻した。以下、落札の経緯と資金の内訳、今後の予定をまとめる。

 落札の経緯

 1.オークション

 ・競売は現地時間26日午後6時30分(日本時間27日午前2時30分)に始まり、ロット番号27の作品は午後8時少し前に落札された。
 ・ハンマープライスは1180万ユーロで、手数料を含めた落札額は1420万ユーロ。手数料分は240万ユーロにあたる。

 2.競り合い

 ・最後まで競り合ったのは電話で参加した入札者で、競売会社によると米国の財団の代理人だった。

 資金と今後の予定

 1.資金の内訳

 ・国(文化省経由):600万ユーロ
 ・ヴァッロンブラ貯蓄銀行財団:500万ユーロ
 ・クラウドファンディング:320万ユーロ(1万2400人)

 2.館長の声

 ・会場で競売を見守った47歳のエレナ・バッサーニ(Elena Bassani)館長は「町にとって歴史的な日だ。たとえ10ユーロでも寄付した市民は皆、この絵の小さな一片を所有していると言える」と語った。

 3.修復と公開

 ・美術館の工房で4人の専門家が修復にあたり、費用は約18万ユーロ。
 ・2026年3月21日、ルネサンス棟の開館日に公開される。

 競売会社によると、イタリアの古美術市場の売上高は1〜9月に前年同期比12%減っており、今回の落札は低迷する市場の中での明るい話題となった。

【要点】

 落札の経緯

 1.オークション

 ・手数料込み1420万ユーロで落札、画家の最高記録を更新。

 2.競り合い

 ・米国の財団の代理人と最後まで競り合う。

 資金と今後の予定

 1.資金の内訳

 ・国600万、財団500万、市民1万2400人の寄付320万ユーロ。

 2.館長の声

 ・「町にとって歴史的な日」。

 3.修復と公開

 ・約18万ユーロで修復し、2026年3月21日に公開。
"""
ERRORS = [
    dict(old="・国(文化省経由):600万ユーロ", new="・国(文化省経由):500万ユーロ", kind="mismatch", severity="error", span="国(文化省経由):500万ユーロ"),
    dict(old="・ヴァッロンブラ貯蓄銀行財団:500万ユーロ", new="・ヴァッロンブラ貯蓄銀行財団:600万ユーロ", kind="mismatch", severity="error", span="ヴァッロンブラ貯蓄銀行財団:600万ユーロ"),
    dict(old="・2026年3月21日、ルネサンス棟", new="・2026年3月12日、ルネサンス棟", kind="mismatch", severity="error", span="2026年3月12日"),
]
