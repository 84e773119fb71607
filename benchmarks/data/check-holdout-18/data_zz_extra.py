# Extra background paragraphs appended to the sources (no new facts the digests rely on).
EXTRA = {
"brabant-airlines-resultats": [
"Les analystes saluent le redressement, tout en soulignant que la compagnie reste de taille modeste face aux grands groupes européens. Plusieurs d'entre eux estiment qu'un rapprochement avec un partenaire plus important reste, à terme, une option crédible.",
],
"cantabrico-ribera-liga": [
"La afición despidió a los jugadores con una larga ovación al final del encuentro, y cientos de seguidores esperaron al autobús del equipo a la salida del estadio. En la grada se pudo ver una pancarta con el lema «Este año sí».",
"El Ribera, por su parte, acumula tres jornadas sin ganar y su entrenador admitió que el equipo necesita recuperar la solidez defensiva que mostró al inicio de la temporada.",
],
"hurricane-delphine-louisiana": [
"School districts in a dozen parishes announced closures for Monday, and several universities moved classes online. Airlines began issuing travel waivers for flights into New Orleans and Baton Rouge, allowing passengers to rebook without a fee.",
"Residents in inland areas were told to expect tropical-storm-force winds well away from the coast, with a risk of tornadoes in the storm's outer bands on Sunday afternoon and evening.",
],
"incendios-aveiro": [
"Em várias aldeias, os moradores organizaram-se para proteger as casas com mangueiras e baldes enquanto esperavam pelos bombeiros. As autarquias abriram pavilhões desportivos e escolas para acolher as famílias retiradas, e as associações locais recolhem roupa, água e alimentos.",
],
"perth-swimming-finals": [
"Coaches said the fast times were helped by the new pool filtration system installed at the centre this year, which keeps the water temperature more stable during evening sessions. Several swimmers also praised the atmosphere created by the crowd.",
],
"poland-rates-zloty": [
"Business groups have urged the bank to begin easing sooner, arguing that high borrowing costs are holding back investment by small and medium-sized firms.",
],
"sturmtief-henrike": [
"In vielen Orten waren Feuerwehren und Technisches Hilfswerk die ganze Nacht im Einsatz, um umgestürzte Bäume von Straßen und Gleisen zu räumen. In Husum und Büsum blieben Schulen am Montag geschlossen, an der Westküste fiel vielerorts der Unterricht aus.",
"Auf den Inseln und Halligen verlief die Nacht nach Angaben der Behörden ruhig. Die Deiche hätten gehalten, hieß es beim Landesbetrieb für Küstenschutz, der die Schutzanlagen in den kommenden Tagen überprüfen will.",
],
"koyo-tankan-kanko": [
"県内企業の声を個別にみると、明暗が分かれている。電子部品メーカーの幹部は「生成AI向けの需要が戻り、受注は春先に比べてはっきり増えている」と話す。一方、地元の建設会社の社長は「資材価格は高止まりしたままで、人手も足りない。公共工事の入札に参加できない案件も出てきた」と厳しい表情を見せた。",
"観光地の現場では、人手不足が受け入れの制約となりつつある。温泉街の旅館経営者は「予約の問い合わせは多いが、客室を清掃する人が足りず、全室を稼働させられない日もある」と明かす。県は観光関連の事業者を対象に、外国人材の受け入れや業務の効率化を支援する補助制度を設けており、利用の申請が増えているという。",
"物価の先行きについての見方も調査に表れた。販売価格判断指数は全産業でプラス27と、前回から小幅に低下したものの、依然として多くの企業が値上げを続ける意向を示している。仕入れ価格の上昇が一服しつつある業種もある一方、物流費や人件費の上昇分を価格に反映させる動きは続くとみられる。",
"金融機関の貸し出し姿勢については、「緩い」とする企業が「厳しい」とする企業を上回る状態が続いている。ただ、金利の先高観から、設備投資のための借り入れを前倒しする企業もあるという。地元の地方銀行の担当者は「運転資金の需要も増えており、資金繰りの相談は以前より多い」と話した。",
"支店は今回の調査結果を踏まえ、来月にも県内の主要企業への聞き取りを行い、年末商戦や来年度の賃上げの見通しを探る方針だ。",
"消費の動向にも注目が集まる。県内の百貨店や大型スーパーでは、食料品の値上げが続くなかで買い上げ点数を絞る動きがみられる一方、旅行や外食など体験型の消費は堅調だという。支店の担当者は「物価の上昇に賃金の伸びが追いつくかどうかが、個人消費の持続性を左右する」と分析している。",
"製造業の設備投資では、人手不足を背景にした自動化への投資が広がっている。県内の食品工場では、包装や検品の工程にロボットを導入する動きが相次ぐ。地元の機械メーカーは「省力化の相談が例年より明らかに多い。中小企業からの引き合いも増えてきた」と話しており、関連する受注の増加が次回以降の調査にも表れるとみられる。",
"また、県内では来春、大型の商業施設の開業が予定されている。開業に向けた求人がすでに始まっており、周辺の小売りや飲食の事業者からは、人材の奪い合いがさらに激しくなるのではないかと警戒する声も上がっている。",
"県や市町村も対応を急いでいる。県は来年度から、県外からの移住者が県内企業に就職した場合の支援金を拡充する方向で検討している。市町村の間では、子育て支援や住宅の確保を組み合わせて若い世代を呼び込む取り組みが広がっており、人口減少と人手不足という二つの課題に同時に向き合う姿勢が鮮明になっている。こうした施策の効果が表れるまでには時間がかかるとの指摘もある。",
],
}
CASES = []
