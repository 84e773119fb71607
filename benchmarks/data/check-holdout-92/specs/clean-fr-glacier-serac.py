SPEC = dict(
    lang="fr", outlet="Le Courrier des Cimes", section="Planète", author="Claire Vaudrey",
    title="Le glacier du Sérac a perdu 3,1 % de son volume en un été",
    url="https://www.courrierdescimes.example/planete/2025/10/08/glacier-du-serac-bilan-ete",
    published="2025-10-08T18:20:00+02:00", shown="Publié le mercredi 8 octobre 2025 à 18h20",
    body=[
        "Le glacier du Sérac, le plus grand du massif de la Haute-Vionne, a perdu 3,1 % de son volume au cours de l'été 2025, selon le bilan publié mercredi par l'Observatoire alpin de Saint-Aurel. C'est la troisième perte la plus importante depuis le début des mesures en 1911.",
        "Le front du glacier a reculé de 38 mètres entre juin et septembre, contre 22 mètres en moyenne au cours de la décennie précédente. Sa surface n'est plus que de 412 hectares, alors qu'elle dépassait 600 hectares au début des années 1990.",
        "Les glaciologues expliquent cette fonte par un été particulièrement chaud : l'isotherme zéro degré a été relevé à 5 120 mètres d'altitude le 21 août, un record pour la station. La température moyenne de juillet au refuge du Sérac, situé à 2 850 mètres, a atteint 9,4 °C, soit 2,6 °C de plus que la normale.",
        "« Le glacier ne reçoit plus assez de neige en hiver pour compenser ce qu'il perd en été », résume Mathilde Arnoux, responsable du suivi à l'observatoire. L'hiver dernier, le cumul de neige au col de la Brèche n'a atteint que 2,1 mètres, contre 3,5 mètres habituellement.",
        "L'équipe de l'observatoire, composée de onze chercheurs, a effectué 46 jours de mesures sur le terrain cette année, en forant 27 balises dans la glace pour suivre son épaisseur. Le programme est financé à hauteur de 2,4 millions d'euros sur quatre ans par la région et l'État.",
        "Selon les projections de l'observatoire, le glacier pourrait avoir perdu la moitié de son volume actuel d'ici 2060 si les émissions ne baissent pas. Les communes de la vallée, qui dépendent de la fonte pour leur eau potable en fin d'été, ont commencé à étudier la construction de deux réservoirs.",
        "Mathilde Arnoux reste prudente : « Les variations d'une année à l'autre sont fortes. Mais la tendance, elle, ne fait aucun doute. »",
    ],
)

DIGEST = """
セラック氷河:ひと夏で体積の3.1%を失う2025年10月09日 09:15

国立国会図書館デジタルコレクション「浪華百景」を加工して作成
【概要】

 オート・ヴィオンヌ山塊最大のセラック氷河が、2025年夏に体積の3.1%を失った。サントーレル・アルプス観測所が8日(水)に公表した集計によると、1911年に観測が始まってから110年余りで3番目に大きな減少となった。

 主なハイライト

 後退:氷河の末端は6月から9月にかけて38メートル後退した。過去10年間の平均22メートルより16メートル多い。

 面積の縮小:面積は412ヘクタール(約4.1平方キロ)にとどまり、1990年代初めに600ヘクタールを超えていたのに比べ、3割以上縮んだ。

 記録的な暑さ:8月21日には0度の等温線が標高5120メートルで観測され、同観測所の記録となった。

 文脈

 雪不足:昨冬のブレッシュ峠の積雪は2.1メートルで、通常の3.5メートルの6割にとどまった。

 観測体制:11人の研究チームが今年46日間の現地観測を行い、27本の標識を氷に打ち込んで厚さを追跡した。

 観測所の予測では、排出が減らなければ2060年までに現在の体積の半分が失われる可能性がある。

【詳細】

 セラック氷河の縮小は、夏の高温と冬の雪不足が重なった結果だという。以下、観測結果と今後の見通しを整理する。

 今夏の観測結果

 1.体積と長さ

 ・体積の3.1%が失われ、1911年の観測開始以来3番目の減少幅となった。
 ・末端の後退は38メートルで、過去10年の平均22メートルを大きく上回った。

 2.気温

 ・標高2850メートルのセラック山小屋の7月の平均気温は9.4度で、平年を2.6度上回った。
 ・0度の等温線は8月21日に標高5120メートルに達した。

 原因と今後

 1.雪不足

 ・観測所のマチルド・アルヌー(Mathilde Arnoux)氏は「冬の雪が夏の損失を補えなくなっている」と説明した。
 ・昨冬の積雪は2.1メートルで、通常より1.4メートル少なかった。

 2.資金と対策

 ・観測計画には地域圏と国が4年間で240万ユーロを拠出している。
 ・夏の終わりに融け水を飲み水に頼る谷の自治体は、貯水池2基の建設を検討し始めた。

 アルヌー氏は「年ごとの変動は大きいが、傾向に疑いの余地はない」と語った。

【要点】

 今夏の観測結果

 1.体積と長さ

 ・体積の3.1%を失い、観測開始以来3番目の減少。
 ・末端は38メートル後退。

 2.気温

 ・7月の平均気温は平年より2.6度高い9.4度。

 原因と今後

 1.雪不足

 ・昨冬の積雪は2.1メートルと通常の3.5メートルを下回る。

 2.資金と対策

 ・4年間で240万ユーロの観測予算、谷では貯水池2基を検討。

【引用・参照・底本】

Le glacier du Sérac a perdu 3,1 % de son volume en un été Le Courrier des Cimes 2025.10.08

https://www.courrierdescimes.example/planete/2025/10/08/glacier-du-serac-bilan-ete
"""

FINDINGS = []
