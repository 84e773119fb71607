# Background paragraphs appended to the article bodies (after the paragraphs in the case specs).
CASES = []
EXTRA = {
 "clean-calder-farmland": [
  "Lenders said demand was strongest for parcels of 160 acres or less, which neighbouring farmers can add to existing operations without buying new machinery.",
  "The association's survey has become a closely watched gauge for land buyers and county tax assessors, who use it to set valuations every two years."],
 "clean-dunmore-club-finances": [
  "The club's owners, a consortium of local businesspeople, said they had no plans to sell and would continue to run the club on a self-sustaining basis.",
  "Rovers also reported a rise in women's team revenue, which doubled after the side moved its home matches to the main stadium for the first time."],
 "clean-ferrand-lacoste-q3": [
  "Dans les grands magasins européens, les ventes sont restées stables, la baisse de la fréquentation touristique ayant été compensée par une clientèle locale plus dépensière.",
  "Les analystes saluent une publication solide, tout en soulignant que la comparaison sera plus difficile au quatrième trimestre."],
 "clean-keltermann-results": [
  "Der Betriebsrat zeigte sich enttäuscht, kündigte aber Gespräche über einen Sozialplan an. Ein Sprecher sagte, man werde um jeden Arbeitsplatz kämpfen.",
  "Analysten bewerteten die Prognose für das laufende Jahr als vorsichtig. Die Branche insgesamt rechnet mit einer Erholung frühestens in der zweiten Jahreshälfte."],
 "clean-lumina-resorts-q3": [
  "Group bookings from corporate clients, which fell sharply during the pandemic years, have now returned to their previous level, the company said.",
  "Lumina said it was also in talks with airlines about adding direct flights from the mainland's central states, which it sees as an underserved market.",
  "The company did not change its policy on share buybacks and said it would give an update on capital spending plans in February."],
 "clean-qalbara-port-volumes": [
  "The port authority said it had also signed agreements with two rail operators to move containers inland, reducing the number of lorries on the coastal highway.",
  "Shipping lines have welcomed the planned investment but urged the authority to keep its handling charges stable while construction is under way.",
  "The free zone next to the port added 63 new companies last year, mostly logistics and light-manufacturing firms."],
 "clean-valdoria-rate-cut": [
  "El Ministerio de Hacienda celebró la decisión y recordó que el crédito a los hogares se ha estancado en los últimos meses.",
  "Algunos economistas, sin embargo, advirtieron de que el déficit fiscal limita el margen para seguir bajando las tasas con rapidez."],
 "clean-valemont-power-tariff": [
  "The board is expected to rule on the request by mid-March, after hearings in four cities across the province.",
  "Valemont's last rate increase, approved three years ago, was cut back by regulators from the level the company had requested."],
 "clean-vessaly-rate-hold": [
  "Business groups had lobbied for a cut, arguing that high borrowing costs were holding back investment in factories and housing.",
  "The central bank said it would continue to watch wage growth closely, noting that pay settlements in the public sector had been higher than expected."],
 "clean-orsane-wine-exports": [
  "Les négociants se disent plus prudents pour 2025, en raison du ralentissement de la consommation de vin dans plusieurs pays."],
 "clean-ridgeline-q4": [
  "The company said it would give more detail on its plans at an investor day in the spring."],
 "err-aldergrove-finch-stores": [
  "The company did not name the stores that will close, saying it would first inform staff and landlords over the coming weeks.",
  "Trade unions said they would seek meetings with management to discuss redeployment and redundancy terms for affected workers."],
 "err-brandtner-supplier-cuts": [
  "Der Landeswirtschaftsminister nannte die Pläne einen schweren Schlag für die Region und forderte das Unternehmen auf, Alternativen zu prüfen.",
  "Brandtner hatte bereits im vergangenen Jahr ein Sparprogramm aufgelegt, das vor allem die Verwaltung betraf."],
 "err-brightwater-layoffs": [
  "Industry analysts said the move mirrored similar shifts at rival software groups."],
 "err-gazette-housing-prices": [
  "Les agents immobiliers constatent un léger regain des visites depuis la rentrée, sans que cela se traduise encore par des signatures."],
 "err-harlow-airline-fuel": [
  "The airline said it had reached a new pay agreement with pilots in June."],
 "err-kestrel-copper-half": [
  "Analysts said the results were broadly in line with expectations, although the dividend cut was larger than some had forecast.",
  "The company said it remained open to acquisitions but would not pay for growth at any price."],
 "err-lindenau-power-prices": [
  "Kundinnen und Kunden mit Sonderverträgen sind von der Erhöhung zunächst nicht betroffen; für sie gelten die vereinbarten Preise bis zum Ende der Vertragslaufzeit.",
  "Die Stadtwerke kündigten an, die Preise im Laufe des Jahres erneut zu überprüfen."],
 "err-osterfeld-motors-sales": [
  "The company has also announced talks with unions about reducing shifts at two of its older plants, where demand for combustion-engine models has fallen.",
  "Dealers in several markets reported that orders for the updated Veloce picked up in December after the price cuts."],
 "err-pinecrest-bank-q3": [
  "The bank said credit quality remained strong, with commercial property loans performing better than it had feared at the start of the year.",
  "Executives declined to comment on reports that the bank was considering the sale of its insurance brokerage unit."],
 "err-salvora-lithium": [
  "Las comunidades cercanas al salar han pedido que la empresa mantenga sus programas de empleo local pese a los recortes."],
 "err-serrania-avocado-frost": [
  "Importers said prices could stay high through February because of strong demand ahead of major sporting events."],
 "clean-minase-seiki-results": [
  "同社の主力製品は、半導体の製造工程でウエハーを保持・搬送するための精密部品だ。微細な加工精度が求められる分野で、国内外の装置メーカーに供給している。ここ数年は、生成AI向けの先端半導体の増産を背景に、受注が高水準で推移してきた。",
  "もっとも、2024年3月期の前半には、スマートフォンやパソコン向けの需要が落ち込んだことから、半導体メーカーの設備投資が一時的に鈍り、同社の受注も伸び悩んだ。後半から回復に転じ、通期では増収増益を確保した経緯がある。",
  "新工場の建設にあたっては、地元自治体が道路や上下水道などのインフラ整備で協力する。潮見市の担当者は「地域の雇用と税収の両面で効果が大きい」と期待を寄せる。周辺では関連する中小の部品会社の進出も見込まれている。",
  "同社は人材の確保も課題に挙げる。技術者の採用競争が激しくなるなか、初任給の引き上げや社内の研修制度の拡充を進めているという。地元の高専や大学との共同研究も広げる考えだ。",
  "証券アナリストの間では、今期の見通しについて「為替の前提が保守的で、上振れの余地がある」との見方が出ている。一方で、半導体市況は変動が大きく、中国向けの需要の先行きを慎重にみる声もある。",
  "同社は中期経営計画の見直しも進めており、年内をめどに新たな計画を公表する予定だ。研究開発費の拡大や、海外の販売拠点の増強などが柱になるとみられる。"],
 "err-sakuraba-mart-prices": [
  "値上げの対象には、店内で調理する揚げ物や、季節限定の弁当も含まれる。同社は店頭のポップや公式アプリを通じて、新しい価格を事前に知らせる方針だ。ポイント還元を一時的に増やすキャンペーンも検討しているという。",
  "コメの価格は昨年夏から上昇が続き、業務用の調達価格は前年の水準を大きく上回っている。包装資材もプラスチックや紙の価格上昇で値上がりしており、配送を担う運送会社からは運賃の引き上げを求められている。",
  "深夜営業の取りやめについては、加盟店のオーナーからの要望も強かった。人手が確保できず、オーナー自身が夜間に店に立つケースが少なくないためだ。同社は対象店舗の売り上げの変化を見ながら、対象の拡大も検討する。",
  "一方で、地方では夜間に開いている店がコンビニしかない地域もある。自治体の中には、防犯や災害時の拠点としての役割を期待する声もあり、同社は地域ごとに事情を聞いて判断するとしている。",
  "同社は今後、宅配サービスや移動販売車の運行にも力を入れる。高齢化が進む地域で、店舗まで足を運びにくい客を取り込むのが狙いだ。移動販売車は現在の2倍に増やす計画だという。",
  "業界では、値上げ後の客数の動向が注目されている。過去の値上げ局面では、一時的に客数が落ち込んだものの、数カ月で回復した例が多い。ただ、今回は物価高が長引いており、消費者の節約志向が一段と強まる可能性もある。"],
}
EXTRA["clean-minase-seiki-results"] += [
  "部門別にみると、半導体装置向けの部品事業が売上高の約6割を占め、残りは医療機器向けや産業機械向けの部品が中心となっている。医療機器向けは内視鏡などに使う微細な金属部品が伸び、安定した収益源に育ちつつある。",
  "産業機械向けは、工作機械の需要が欧州と中国で振るわず、前の期を下回った。同社は採算の低い製品の生産を絞り込み、利益率の改善を優先する方針を示した。",
  "原材料では、セラミックの原料や特殊な合金の価格が高止まりしている。同社は調達先を複数に分散させ、主要な原料については1年分程度の在庫を確保して、供給の混乱に備えているという。",
  "水瀬社長は会見で、後継者の育成にも触れた。経営陣の若返りを段階的に進め、海外事業の経験を持つ人材を役員に登用していく考えを示した。創業家出身の社長として、事業の長期的な継続を重視する姿勢を強調した。",
  "地元の経済団体は、新工場の建設が臨海部の再開発の呼び水になると期待している。港に近い立地を生かし、完成品の輸出にかかる時間と費用を減らせる利点もあるという。",
  "同社は環境対策として、新工場の屋根に太陽光パネルを設置し、使う電力の一部を自前で賄う計画も示した。既存の工場でも省エネ設備への更新を進め、温暖化ガスの排出を減らすとしている。"]
EXTRA["err-sakuraba-mart-prices"] += [
  "今回の値上げで、同社の主力商品の価格は大手他社とほぼ同じ水準になる。これまでは地域密着型のチェーンとして、大手より割安な価格を打ち出してきたが、コスト高の中でその差を保つのは難しくなったという。",
  "店舗では、弁当や総菜の品ぞろえを見直す動きも進める。売れ残りによる廃棄を減らすため、需要の予測にデータ分析を活用し、時間帯ごとに陳列する量を細かく調整する取り組みを広げている。",
  "加盟店の経営を支えるため、本部が負担する光熱費の割合を引き上げる制度も来春から始める。電気代の高騰で、加盟店の利益が圧迫されていることに対応する。",
  "桜庭社長は、北海道と東北以外への出店について「当面は考えていない。地元での店舗網を厚くすることを優先する」と述べた。既存の店舗の改装を進め、イートインの拡充や品ぞろえの見直しを図るとしている。",
  "消費者団体からは、値上げの理由をより丁寧に説明するよう求める声が上がっている。同団体は、食品の値上げが相次ぐ中で、家計の負担が重くなっていると指摘する。",
  "サクラバ・マートは年明けにも、店舗の省人化に向けた新たな投資計画を公表する予定だ。セルフレジに加え、商品の発注を自動化する仕組みの導入も検討している。"]
EXTRA["clean-minase-seiki-results"] += [
  "決算発表後に開いたアナリスト向けの説明会では、新工場の稼働後の生産能力や、価格転嫁の進み具合について質問が相次いだ。会社側は、主要な顧客とは原材料価格に連動した価格の見直しで合意しており、採算は維持できるとの見方を示した。"]
EXTRA["err-sakuraba-mart-prices"] += [
  "同社の発表を受けて、地域の同業他社の間でも価格を見直す動きが出るとの見方がある。ある中堅チェーンの幹部は「主力のおにぎりや弁当の価格をどこまで据え置けるか、判断を迫られている」と打ち明けた。原材料の高騰は業界全体に共通する課題で、各社とも値上げの時期と幅を慎重に探っている。"]
