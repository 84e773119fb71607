"""Plain specs for the source pages (fictional outlets, people and places)."""

CASES = []


def case(**kw):
    CASES.append(kw)


case(name="clean-salmon-licence", lang="en", outlet="Fjord Ledger", suffix=" | Fjord Ledger",
     url="https://www.fjordledger.example/coast/2025/03/14/skarvik-salmon-licence-expansion",
     title="Skarvik salmon farm wins licence to grow by half",
     published="2025-03-14T18:20:00+01:00", section="Coast", author="Maren Lyse",
     paras=[
         "The Coastal Aquaculture Directorate on Thursday granted Nordhav Seafood a licence to expand its salmon farm at Skarvik Sound, raising the permitted biomass from 7,800 tonnes to 11,700 tonnes, despite objections from local fishermen.",
         "The decision, announced at 2pm local time in Vesterholm, ends a review that lasted 26 months. Of the 48 submissions the directorate received during the public consultation, 36 opposed the expansion.",
         "Nordhav, which employs 240 people in the county, said it would invest 410 million kroner in new closed pens over the next three years. The company will also pay an annual fee of 2.6 million kroner into a fund for coastal fisheries.",
         "Under the licence, mortality in the pens must stay below 12 percent a year, down from the 18 percent the farm recorded in 2023. Sea lice counts will be checked every two weeks instead of once a month.",
         "Fishermen's association chair Ingrid Solbakk, 58, said the ruling ignored the concerns of \"a dozen families who have fished these waters for generations\". The association plans to appeal within the three-week deadline.",
         "Nordhav chief executive Tor Aasen said the first closed pens would be in the water by the third quarter of 2026. \"We have listened, and the new pens will cut escapes to almost zero,\" he said.",
         "The farm at Skarvik Sound opened in 1998 and was last expanded in 2015. The county's salmon exports were worth 5.3 billion kroner last year, about a fifth of the regional economy.",
         "Water temperatures at the site reached 64F last August, the highest on record there, which scientists say increases stress on the fish and helps lice spread.",
         "The directorate said the licence runs for 15 years, until March 2040, and can be withdrawn if the farm breaches the mortality limit in two consecutive years.",
         "Local mayor Per Eikrem said the municipality would hold a public meeting on the licence conditions on March 27. He said the council had not taken a position but wanted \"clear answers about escapes and lice\" before the summer season begins, and that residents deserved to hear them in person.",
     ])

case(name="err-chip-export-ban", lang="en", outlet="Pacific Circuit Review", suffix=" - Pacific Circuit Review",
     url="https://pacificcircuit.example/policy/calvera-bans-advanced-memory-chip-exports",
     title="Calvera bans advanced memory chip exports to three neighbours",
     published="2025-06-10T07:45:00-07:00", section="Policy", author="Dana Whitcombe",
     paras=[
         "The government of Calvera on Monday banned exports of advanced memory chips to three neighbouring states, a move that analysts said could affect about $4.2 billion of annual trade.",
         "The ban, which takes effect at midnight Pacific time on June 30, covers chips made on processes of 7 nanometres or smaller. Trade minister Elena Varga said it was needed to protect national security and to keep critical supply at home.",
         "Calvera's chip exports totalled $18.5 billion last year, up 22% from $15.2 billion in 2023, making semiconductors the country's second-largest export after farm machinery.",
         "Halvorn Semiconductor, the country's largest chipmaker, said 31% of its revenue came from the three affected markets. Its shares fell 6.4% in early trading, while smaller rival Quell Micro lost 2.1%.",
         "The ban follows a 90-day review launched in March after customs officers seized 14 containers of mislabelled chips at the port of San Aurel. The ministry said export licences could still be granted case by case, and that it expects about 300 applications in the third quarter.",
         "Varga said the government would offer $650 million in loans to help chipmakers find new buyers. \"No company will be left alone with unsold stock,\" she told reporters.",
         "Industry group ChipCal said the measure was \"a blunt tool\" and warned that its members could lose up to a quarter of their export orders within a year. The group represents 57 companies.",
         "Analysts at Meridian Research said the three neighbours bought roughly 23% of Calvera's chip exports last year. They expect the neighbours to turn to suppliers in Asia within six months.",
         "Neighbouring governments did not immediately comment. A Trade Ministry spokesman said talks with the three countries would continue and that the ban would be reviewed after 12 months, or earlier if the security situation changed.",
         "Halvorn said it was studying the new rules and would give guidance to investors when it reports quarterly results next month. Quell Micro declined to comment on how much of its business was affected.",
     ])

case(name="clean-tunnel-fire", lang="fr", outlet="Le Courrier des Alpes", suffix=" - Le Courrier des Alpes",
     url="https://www.courrier-alpes.example/region/2025/09/18/incendie-tunnel-col-de-varenne",
     title="Incendie dans le tunnel du col de Varenne : l'autoroute fermée pour trois semaines",
     published="2025-09-18T21:05:00+02:00", section="Région", author="Claire Dumoulin",
     paras=[
         "Un poids lourd a pris feu mardi vers 23 h 40 dans le tunnel du col de Varenne, sur l'autoroute A 71, provoquant la fermeture de l'ouvrage dans les deux sens. Les 38 automobilistes présents dans le tunnel ont pu être évacués par les galeries de secours, selon la préfecture.",
         "Le feu a été maîtrisé au bout de quatre heures et demie par près de trois cents pompiers venus de quatre départements. La température a atteint 1 100 degrés au cœur du brasier, selon le service départemental d'incendie. Onze personnes ont été légèrement intoxiquées par les fumées, dont deux enfants.",
         "Le tunnel, long de 6,4 kilomètres, avait été mis en service en 1987 et rénové entre 2016 et 2019 pour un coût de 212 millions d'euros. La société concessionnaire, Alpaval, estime les dégâts à 14,5 millions d'euros.",
         "La circulation est déviée par la route départementale 902, ce qui allonge le trajet de 47 minutes en moyenne. Chaque jour, 23 500 véhicules empruntent le tunnel, dont 18 % de poids lourds.",
         "« Le dispositif de sécurité a fonctionné exactement comme prévu », a déclaré le préfet Jean-Baptiste Morel, 61 ans, lors d'une conférence de presse mercredi matin. Les ventilateurs ont extrait la fumée en moins de six minutes, a-t-il précisé.",
         "Le chauffeur du camion, un homme de 44 ans, a donné l'alerte depuis une niche de secours. Le camion transportait des palettes de papier. Une enquête a été ouverte pour déterminer l'origine du feu, qui pourrait être un échauffement des freins.",
         "La réouverture est prévue dans trois semaines, le temps de remplacer 900 mètres de câbles et de vérifier la voûte. Les élus de la vallée réclament une compensation pour les commerces, qui disent avoir perdu deux tiers de leur clientèle depuis mardi.",
         "Il s'agit du deuxième incendie dans le tunnel depuis sa rénovation : en mars 2021, une voiture avait brûlé près de l'entrée nord, sans faire de blessés.",
         "Selon Alpaval, les poids lourds seront interdits dans le tunnel la nuit pendant un mois après la réouverture, le temps de tester les nouveaux équipements. Les transporteurs routiers dénoncent une mesure « disproportionnée » et demandent à être reçus à la préfecture.",
     ])

case(name="err-bond-auction", lang="de", outlet="Finanzblatt Nord", suffix=" | Finanzblatt Nord",
     url="https://www.finanzblatt-nord.example/maerkte/anleihen/auktion-zehnjaehrige-bundeslandanleihe-schwache-nachfrage",
     title="Schwache Nachfrage bei Auktion zehnjähriger Landesanleihen",
     published="2025-11-05T16:30:00+01:00", section="Märkte", author="Jonas Brehm",
     paras=[
         "Die Finanzagentur des Landes Nordmark hat am Mittwoch zehnjährige Anleihen im Volumen von 4,5 Milliarden Euro versteigert, aber nur Gebote über 5,1 Milliarden Euro erhalten. Das Verhältnis von Geboten zu Zuteilung lag damit bei 1,13, dem niedrigsten Wert seit der Auktion im Juni 2022.",
         "Die Rendite stieg auf 3,18 Prozent, nach 2,94 Prozent bei der letzten vergleichbaren Auktion Anfang Oktober. Das entspricht einem Anstieg um 0,24 Prozentpunkte binnen eines Monats.",
         "Die Finanzagentur behielt 420 Millionen Euro der angebotenen Papiere zurück, um sie später am Sekundärmarkt zu platzieren. Händler sprachen von einem deutlichen Warnsignal. \"Die Investoren wollen für das Risiko höher entschädigt werden\", sagte Petra Lindqvist, Anleihestrategin bei der Hanse Kapital Bank.",
         "Hintergrund ist der Haushaltsstreit in der Landesregierung. Finanzminister Karl Osterwald will die Neuverschuldung im kommenden Jahr auf 12,8 Milliarden Euro begrenzen, der Koalitionspartner verlangt zusätzliche Investitionen von 3 Milliarden Euro in Schulen und Brücken.",
         "Insgesamt plant Nordmark für das Jahr 2025 Emissionen von 38 Milliarden Euro. Bis Ende Oktober waren davon 31,2 Milliarden Euro platziert, gut vier Fünftel des Jahresziels.",
         "Die nächste Auktion, eine fünfjährige Anleihe über 3 Milliarden Euro, ist für den 19. November angesetzt. Die Ratingagentur Skald Ratings bewertet das Land weiterhin mit AA, hatte den Ausblick aber im dritten Quartal auf negativ gesenkt.",
         "Auch andere Länder spüren höhere Kosten: Der Abstand zu zehnjährigen Bundesanleihen weitete sich am Mittwoch auf 0,61 Prozentpunkte aus, nach 0,48 Prozentpunkten zu Jahresbeginn.",
         "Osterwald zeigte sich gelassen. Man habe \"solide Nachfrage unter schwierigen Bedingungen\" gesehen, sagte er am Abend in Nordhafen. Ein Nachtragshaushalt sei nicht geplant.",
         "Am Markt wurde die Auktion auch als Test für das kommende Jahr gesehen, in dem Nordmark nach Schätzungen von Händlern mehr als 40 Milliarden Euro aufnehmen muss. Die Landesbank Nordmark, sonst einer der größten Bieter, hielt sich diesmal nach Angaben von Händlern zurück.",
     ])

case(name="clean-sumo-july", lang="ja", outlet="東邦スポーツ新報", suffix=" | 東邦スポーツ新報",
     url="https://www.tohosports.example/sumo/20250727-yamatoumi-yusho",
     title="大和海、3年ぶり2度目の優勝 七月場所千秋楽",
     published="2025-07-27T19:10:00+09:00", section="大相撲", author="村瀬健吾",
     paras=[
         "全日本大相撲連盟の七月場所は二十七日、湊川市総合体育館で千秋楽を迎え、東関脇の大和海（やまとうみ、２９歳、潮見部屋）が本割で大関・霧ノ峰を寄り切りで破って十三勝二敗とし、三年ぶり二度目の幕内優勝を果たした。",
         "大和海は十四日目を終えて霧ノ峰と十二勝二敗で並んでいた。結びの一番は立ち合いから低く当たり、まわしを取ってから一気に前へ出た。取組時間はわずか八・四秒だった。場内を埋めた一万二千人の観客は総立ちとなった。",
         "優勝インタビューで大和海は「三年間、勝てない時期もあったが、師匠の言葉を信じてやってきた」と声を詰まらせた。前回の優勝は二〇二二年の十一月場所で、この時は平幕だった。",
         "今場所は初日から八連勝と好調な滑り出しだったが、九日目に前頭四枚目の白鷹に敗れ、十一日目には横綱・天光にも屈した。それでも残り四日間を全勝で乗り切った。",
         "三賞では、大和海が殊勲賞と技能賞をダブル受賞。十一勝を挙げた新入幕の青嶺（あおみね、２２歳）が敢闘賞に選ばれた。新入幕力士の二桁勝利は昨年九月場所以来となる。",
         "全日本大相撲連盟によると、今場所の入場者数は十五日間で延べ十七万六千人で、前年の七月場所を約八千人上回った。懸賞は千秋楽の結びの一番だけで五十八本が懸かり、これは同連盟の記録で歴代二位の多さという。",
         "大関昇進の目安は「三役で直近三場所三十三勝」とされる。大和海は先場所十勝、先々場所十一勝を挙げており、今場所の十三勝と合わせて三十四勝に達した。審判部は二十八日に臨時理事会の招集を要請する方針で、昇進は三十日に正式決定する見通しだ。",
         "潮見親方（元関脇・潮見灘）は「まだ満足するような男ではない。上を目指してほしい」と弟子をたたえた。大和海は北海道の出身ではなく、瀬戸内の小さな島の出身で、中学卒業と同時に入門した。初土俵から十四年での大関取りとなる。",
         "一方、二場所連続の優勝を狙った霧ノ峰は十二勝三敗に終わった。霧ノ峰は「最後は相手の気迫が上だった。来場所はもう一度、一から体をつくり直す」と話した。横綱・天光は十日目から左膝の痛みを抱えながら土俵に上がり、十勝五敗だった。",
         "次の九月場所は九月十四日に初日を迎え、東都国技ホールで開かれる。番付は九月一日に発表される予定で、大和海が新大関として臨むかが最大の焦点となる。",
         "湊川市では優勝パレードが二十九日に予定されており、市は沿道に約三万人が集まると見込んでいる。市長の佐伯由美は「島と市の誇りだ」とのコメントを出した。地元の商店街では、優勝を祝う特売が始まっている。",
         '千秋楽の結びの一番を振り返る。仕切りの間、大和海は一度も霧ノ峰と目を合わせなかった。時間いっぱいとなると、右手を早めに下ろして待ち、霧ノ峰の立ち合いにぴたりと合わせた。左を差すと同時に右で上手を引き、霧ノ峰が腰を引いたところを逃さずに寄った。土俵際で霧ノ峰は小手投げを狙ったが、大和海は体を預けて寄り切った。本人は「体が勝手に動いた。何も考えていなかった」と振り返った。',
         '今場所の大和海を支えたのは、春以来取り組んできた立ち合いの改良だという。潮見部屋の稽古場では、若い衆を相手に毎朝百番近い申し合いをこなしてきた。部屋付きのトレーナーによると、体重は昨年より六キロ増えて百六十二キロとなったが、体脂肪率はむしろ下がった。本人は「下半身が粘れるようになった。押されても残れる感覚がある」と手応えを語っていた。',
         '九日目の白鷹戦は、立ち合いで当たり負けし、押し出された。十一日目の天光戦は、得意の左四つに組み止められ、上手投げで転がされた。二敗目を喫した夜、大和海は宿舎で師匠と長く話し込んだという。潮見親方は「負けた相撲を見返すより、次の相撲を考えろ」と声をかけたと明かした。翌十二日目からの四日間、大和海は一度も土俵際に追い込まれることがなかった。',
         '幕内の優勝争いは、十日目の時点で六人が二敗以内に並ぶ混戦だった。十三日目に霧ノ峰が平幕の力士に勝ち、十四日目を終えた時点で二人が並んだ。連盟の規定では、本割で決着がつかなければ優勝決定戦が行われるが、今場所は本割の一番で優勝が決まった。千秋楽の結びでの相星決戦は、二〇二一年以来四年ぶりだった。',
         '十両では、東十両二枚目の豊ノ川が十二勝三敗で優勝し、来場所の再入幕を確実にした。幕下以下の各段では、序二段で十七歳の新弟子が七戦全勝で優勝し、話題を集めた。連盟は、若手力士の台頭が続けば、秋以降の地方巡業の集客にも追い風になるとみている。巡業は十月に東北地方の六都市で予定されている。',
         '観客動員の回復は、連盟にとって明るい材料だ。一時は落ち込んだ入場者数も、ここ二年は前年を上回るペースが続いている。今場所は十五日間のうち十一日間で満員御礼の垂れ幕が下がった。チケットの平均価格は前年より約一割上がったが、売れ行きに影響はなかったという。連盟の広報担当者は「新しいファン層、特に二十代、三十代の女性が増えている」と話している。',
         '大和海の故郷の島では、千秋楽の夜、公民館に約二百人の島民が集まり、大型画面で取組を見守った。寄り切った瞬間には歓声と拍手が起こり、同級生らが用意した大漁旗が振られた。島の人口は約千四百人で、島から幕内力士が出たのは大和海が初めてだという。母親の和子さんは「小さい頃から負けず嫌いだった。体だけは大事にしてほしい」と話した。',
         '大関昇進が正式に決まれば、潮見部屋からは二十六年ぶりの大関誕生となる。師匠の潮見親方自身は関脇止まりで、大関の座には届かなかった。親方は「自分が見られなかった景色を、弟子には見てほしい」と語る。伝達式では口上が注目されるが、大和海は「まだ何も考えていない。まずは今日の優勝をかみしめたい」と笑顔を見せ、祝勝会へと向かった。',
     ])
CASES[-1]["paras"].append("千秋楽の取組後に行われた表彰式では、連盟の理事長が賜杯を手渡した。大和海は賜杯を受け取ると一度天井を見上げ、深く一礼した。副賞として、湊川市からは特産の米一トン、地元の酒造組合からは日本酒百本が贈られた。表彰式は午後六時過ぎに終わり、観客の多くは最後まで席を立たなかった。")
CASES[-1]["paras"].append("なお、今場所は猛暑対策として、館内の冷房設備が新たに増強された。連盟によると、場所中に体調不良で救護室を利用した観客は延べ四十二人で、前年より大幅に減った。")

case(name="err-startup-ipo", lang="en", outlet="Harbourline Business Daily", suffix=" - Harbourline Business Daily",
     url="https://www.harbourline.example/markets/2025/04/24/lumora-health-ipo-priced-above-range",
     title="Lumora Health prices IPO above range, raising $840 million",
     published="2025-04-24T06:30:00-04:00", section="Markets", author="Rachel Okafor",
     paras=[
         "Lumora Health, a maker of software that lets hospitals track beds and staff in real time, priced its initial public offering at $21 a share on Wednesday, above the marketed range of $17 to $19, raising $840 million.",
         "The company sold 40 million shares, giving it a market value of about $5.6 billion. Trading on the Eastside Exchange is due to begin at 9:30am Eastern Time on Thursday under the ticker LUMH.",
         "Founded in 2016 by Priya Raman, a former intensive-care nurse, and engineer Carlos Mendel, Lumora now sells its software to 430 hospitals in nine countries. It employs 1,150 people, two thirds of them in engineering.",
         "Revenue rose 48% to $310 million last year from $209 million in 2023, according to the company's filing. Its net loss narrowed to $62 million from $95 million, and the company said it expected to break even in the second half of 2026.",
         "Demand for the offering was strong: bankers said orders covered the shares on offer more than 12 times. Two sovereign funds and a hospital pension plan together bought about a quarter of the shares.",
         "Raman, 44, will remain chief executive and will control 61% of the voting rights through a class of shares carrying ten votes each. Some investors have criticised such dual-class structures, saying they leave outside shareholders with little say.",
         "\"We built Lumora on night shifts, watching nurses lose hours looking for a free bed,\" Raman said in a letter to investors. \"Going public lets us bring that fix to every hospital that needs it.\"",
         "The listing is the largest by a health technology company on the exchange since 2021 and comes after a slow first quarter for new issues, when only seven companies went public.",
         "Lumora said it would use about $300 million of the proceeds to expand in Europe, where it currently serves 85 hospitals, and the rest to pay down debt and for general purposes.",
         "Analysts at Brightwater Securities said the pricing suggested investors were again willing to pay for growth, but warned that hospital budgets remained under pressure in several markets.",
     ])

case(name="clean-bee-census", lang="es", outlet="El Heraldo del Campo", suffix=" | El Heraldo del Campo",
     url="https://www.heraldocampo.example/agricultura/censo-abejas-valdoria-2025",
     title="El censo de abejas registra 1,2 millones de colmenas, un 7 % menos",
     published="2025-05-20T12:15:00+02:00", section="Agricultura", author="Lucía Ferrán",
     paras=[
         "El primer censo nacional de abejas de Valdoria ha contabilizado 1.184.000 colmenas, un 7,3 % menos que el recuento parcial de 2019, según los datos presentados el lunes por el Instituto de Polinizadores de Valdoria (IPV).",
         "El estudio, en el que participaron cuatrocientos voluntarios durante once semanas, registró 38.500 apicultores, de los cuales 6.200 son profesionales. El resto son aficionados que tienen menos de 150 colmenas.",
         "La región de Alta Serrana concentra 412.000 colmenas, más de un tercio del total, seguida por la costa de Marvella, con 265.000. En cambio, las provincias del norte perdieron casi la mitad de sus colmenas desde 2019.",
         "Los investigadores atribuyen el descenso a la sequía de 2023, cuando la temperatura media del verano fue 2,1 grados superior a la habitual, y al avance del ácaro varroa. La mortalidad invernal alcanzó el 18,6 % el pasado invierno, frente al 12,4 % de hace cinco años.",
         "«Las abejas nos están diciendo que el campo está bajo estrés», afirmó la directora del IPV, Marta Quiroga, de 52 años, durante la presentación en la capital. «Sin ellas, un tercio de lo que comemos estaría en peligro».",
         "La producción de miel cayó a 21.400 toneladas el año pasado, frente a las 26.800 toneladas de 2022. El precio pagado al apicultor subió en cambio hasta 4,35 euros por kilo.",
         "El Ministerio de Agricultura anunció ayudas de 18 millones de euros para 2026, que se repartirán entre los apicultores profesionales en función del número de colmenas. Las organizaciones agrarias consideran la cifra insuficiente y reclaman al menos 30 millones.",
         "El censo también cartografió 2.600 hectáreas de flora silvestre que el instituto propone proteger como corredores para polinizadores. El próximo recuento está previsto para la primavera de 2028.",
         "Quiroga pidió a los agricultores que reduzcan el uso de insecticidas durante la floración y anunció una línea telefónica para que los vecinos comuniquen la aparición de enjambres, que funcionará de 9.00 a 18.00 horas de lunes a viernes.",
     ])
CASES[-1]["paras"].append("En Alta Serrana, muchos apicultores trasladan sus colmenas cada primavera para seguir la floración del almendro y del romero, una práctica que el instituto quiere estudiar en el próximo censo.")

case(name="err-library-fire", lang="it", outlet="Corriere di Valfonda", suffix=" - Corriere di Valfonda",
     url="https://www.corrierevalfonda.example/cronaca/2025/02/08/incendio-biblioteca-sansoni",
     title="Incendio alla biblioteca Sansoni, distrutti oltre 4mila volumi",
     published="2025-02-08T10:40:00+01:00", section="Cronaca", author="Giorgio Mancuso",
     paras=[
         "Un incendio è scoppiato venerdì poco dopo le 3 del mattino nella biblioteca civica Aurelio Sansoni di Valfonda, distruggendo 4.300 dei circa 120.000 volumi conservati nell'edificio. Nessuno è rimasto ferito.",
         "Sessanta vigili del fuoco hanno lavorato per sette ore per spegnere le fiamme, partite secondo i primi accertamenti da un cortocircuito nel quadro elettrico del seminterrato. Il fumo ha danneggiato anche la sala di lettura al primo piano.",
         "La biblioteca, fondata nel 1874, custodisce 860 manoscritti medievali e rinascimentali. Di questi, 35 hanno subito danni causati dall'acqua usata per lo spegnimento, ma secondo la direttrice Chiara Benedetti nessuno è andato perduto. \"È stata una notte terribile, ma il cuore della collezione è salvo\", ha detto.",
         "Il sindaco Elena Rinaldi, 49 anni, ha stimato i danni in 3,8 milioni di euro e ha annunciato che la biblioteca resterà chiusa almeno fino a settembre. I 42 dipendenti saranno temporaneamente trasferiti in altri uffici comunali.",
         "Una raccolta fondi lanciata sabato mattina dall'associazione Amici della Sansoni ha raccolto 240.000 euro in 24 ore da 3.100 donatori. L'obiettivo è arrivare a un milione di euro entro la fine di marzo.",
         "I volumi bagnati saranno congelati entro 48 ore per evitare la formazione di muffe e poi asciugati in un laboratorio specializzato a Pontenuovo, a 140 chilometri di distanza. Il restauro completo potrebbe richiedere fino a tre anni.",
         "L'ultima ristrutturazione dell'edificio risale al 2009, quando l'impianto antincendio fu rinnovato con una spesa di 650.000 euro. La procura ha aperto un fascicolo per verificare se i controlli periodici fossero in regola.",
         "Centinaia di cittadini si sono radunati sabato davanti alla biblioteca. Molti studenti hanno offerto il proprio aiuto per catalogare i libri recuperati, un lavoro che la direttrice stima in circa quattro mesi.",
         "La biblioteca Sansoni riceveva in media 650 visitatori al giorno e nel 2024 aveva prestato 58.000 libri, il 12 per cento in più rispetto all'anno precedente.",
     ])

case(name="clean-hospital-telethon", lang="en", outlet="Southern Cross Herald", suffix=" | Southern Cross Herald",
     url="https://www.southerncrossherald.example/news/bayside-childrens-hospital-telethon-record",
     title="Telethon raises record A$18.6m for Bayside children's hospital",
     published="2025-06-15T16:00:00+10:00", section="News", author="Hamish Doyle",
     paras=[
         "A 26-hour telethon for Bayside Children's Hospital raised a record A$18.6 million when it closed at 9pm AEST on Saturday, beating its A$15 million target and last year's total of A$14.2 million.",
         "Organisers said 212,000 people had donated, from children emptying piggy banks to a single gift of A$2 million from the Marlow Family Foundation. More than 1,400 volunteers answered phones in shifts at the Harbourside Convention Centre.",
         "The money will go towards a new neonatal intensive care unit with 48 cots, up from 30 in the current unit, which was built in 1984 and has been operating at or above capacity for most of the past three winters.",
         "Hospital chief executive Dr Anika Bose said demand for intensive care for newborns had risen by 40 per cent in a decade. \"Last winter we had to send 37 babies to other hospitals because we had no cot for them,\" she said.",
         "Construction of the new unit is due to start in the first quarter of 2026, with the first patients expected in 2028. The state government has promised to match the telethon total dollar for dollar, taking the funds available for the project to A$37.2 million.",
         "The telethon has been held every June since 1979, when it raised A$61,000. This year's broadcast included a cycling relay in which a team of nurses rode 600 miles between the hospital's four regional clinics.",
         "Among the youngest fundraisers was nine-year-old Mia Tran, who raised A$12,400 by selling lemonade outside her school for a dozen weekends. \"My brother was in the hospital when he was born, so I wanted to help the other babies,\" she said.",
         "Dr Bose said the hospital would publish a full breakdown of donations within two months and thanked \"every single person who picked up the phone\". The next telethon will be held in June 2026.",
         "Bayside Children's Hospital, which opened in 1962, treats about 95,000 children a year, a third of them from regional areas.",
         "Last year's telethon was disrupted by a power cut that took the broadcast off air for 40 minutes. This year organisers installed two backup generators, and the broadcast ran without interruption from start to finish.",
     ])

case(name="err-school-meals", lang="en", outlet="The Midland Chronicle", suffix=" - The Midland Chronicle",
     url="https://www.midlandchronicle.example/education/2025/jan/22/school-meal-contract-audit-findings",
     title="Audit finds school meal firm served undersized portions to 180,000 pupils",
     published="2025-01-22T14:10:00+00:00", section="Education", author="Sophie Aldridge",
     paras=[
         "A catering company paid to provide lunches in 412 schools in Midshire served portions that were on average 18% smaller than its contract required, an audit published on Wednesday found.",
         "The audit, carried out by the county's public accounts office over eight months, said about 180,000 pupils had been affected between September 2022 and July 2024. The company, Brightplate Catering, was paid £96 million over that period.",
         "Inspectors weighed 3,600 meals in 120 schools. In 2,700 of them the main course fell below the minimum weight; in one school in Eastbrook, portions of pasta were 41% below the required 250 grams.",
         "The report also found that fresh fruit had been replaced by cheaper fruit juice in a third of primary schools, and that the firm had billed the council for 1.2 million meals that schools had no record of receiving.",
         "County council leader Graham Pryce called the findings \"a betrayal of children and parents\" and said the council would seek to recover at least £7.5 million. The contract, due to run until 2027, will be terminated at the end of the spring term.",
         "Brightplate said in a statement that it \"did not accept\" all of the audit's conclusions and that rising food costs, which increased 27% between 2021 and 2023, had made the contract \"financially impossible to deliver as written\".",
         "Parents' groups said the findings confirmed complaints they had made for two years. \"My son came home hungry every day,\" said Leanne Burrows, whose two children attend a primary school in Westhill. A petition calling for an inquiry gathered 14,000 signatures last spring.",
         "The council said a new provider would be appointed by April, and that schools would be allowed to run their own kitchens if they wished. About 60 schools have already expressed interest.",
         "The audit office recommended that portion weights be checked at least once a term in every school and that payments be tied to meals actually delivered.",
         "Brightplate said no kitchen jobs would be lost in the handover, because staff would transfer to the new provider under existing employment rules. Unions said they would seek written guarantees from the council before the spring term ends.",
     ])

case(name="clean-polar-ship", lang="en", outlet="The Northern Mariner", suffix=" | The Northern Mariner",
     url="https://www.northernmariner.example/science/aurora-bay-sets-sail-antarctic-season",
     title="Research ship Aurora Bay sets sail on five-month Antarctic voyage",
     published="2025-11-03T11:20:00+00:00", section="Science", author="Fiona Galbraith",
     paras=[
         "The polar research ship Aurora Bay left the port of Hollesby at 4pm GMT on Sunday at the start of a 148-day voyage to Antarctica, the longest in its six-year career.",
         "On board are 62 scientists and 41 crew. The expedition, led by glaciologist Professor Ruth Ekwueme, will drill an ice core more than two kilometres deep on the edge of the Kestrel Ice Shelf and map the sea floor beneath it.",
         "The ship will sail about 14,500 nautical miles before returning to Hollesby in late March. It carries 3,000 tonnes of fuel and enough food for 180 days, a reserve the crew hopes not to need.",
         "The Aurora Bay was built in 2019 at a cost of £210 million and can break ice up to 1.5 metres thick at a steady speed of three knots. Its normal cruising speed is 13 knots.",
         "The expedition's budget is £18.4 million, of which £6.1 million comes from the Polar Partnership, a group of eleven universities. The rest is paid by the national research council.",
         "Scientists expect temperatures as low as -40F on the ice shelf in the first weeks of the voyage, when winds can exceed 100 miles per hour. Teams on the ice will work in shifts of no more than four hours.",
         "\"The Kestrel shelf has lost about a fifth of its area since satellite records began in 1979,\" Prof Ekwueme said before departure. \"We want to know why, and how quickly the rest could follow.\"",
         "The ice core is expected to hold a record of the climate going back at least 120,000 years. Samples will be shipped to laboratories in frozen containers kept at -30C and analysed over the next three years.",
         "Relatives and well-wishers lined the quay to wave off the ship. Among the crew is 19-year-old deck cadet Callum Reid, on his first voyage. \"I've been waiting for this since I was twelve,\" he said.",
         "The ship will make a stop at the Falkner Islands after about three weeks to take on fresh water and pick up two more researchers.",
         "The Aurora Bay's laboratories include a clean room for handling ice samples and a hangar for two helicopters, which will fly survey flights over the shelf whenever the weather allows.",
     ])

case(name="err-space-debris", lang="en", outlet="Orbital Affairs Weekly", suffix=" - Orbital Affairs Weekly",
     url="https://orbitalaffairs.example/reports/2025/08/low-orbit-debris-report-collision-manoeuvres",
     title="Debris report: satellites dodged collisions 2,100 times in six months",
     published="2025-08-28T09:00:00-04:00", section="Reports", author="Marcus Pell",
     paras=[
         "The number of objects tracked in low Earth orbit has risen to 36,800, up 14% from 32,300 a year earlier, according to the annual report of the Low Orbit Safety Council, released at 10am Eastern Time on Wednesday.",
         "Satellite operators carried out 2,100 manoeuvres to avoid collisions in the first half of 2025, compared with 1,350 in the first half of 2024, a rise of 56%. The council said the figure had roughly doubled every two years since 2019.",
         "There are now 11,900 active satellites in orbit, of which 7,400 belong to the broadband operator Skylane. The council estimates that another 1.2 million fragments between one and ten centimetres across are too small to track but large enough to disable a spacecraft.",
         "Three satellites broke apart in the second quarter, the report said, creating about 1,600 new trackable fragments. The largest break-up, of a disused weather satellite launched in 1996, produced 940 pieces on its own.",
         "\"We are approaching the point where some orbits become too crowded to use safely,\" said council chair Dr Helena Voss. She called on governments to require that satellites leave orbit within five years of the end of their missions, rather than the 25 years now recommended.",
         "The report found that 71% of operators already plan to deorbit their satellites within five years, but only 38% of satellites launched before 2015 have any means of leaving orbit.",
         "Insurers are also paying attention. The cost of insuring a satellite in low orbit has risen by about a third since 2022, according to brokers cited in the report, and two underwriters stopped offering cover for small satellites last year.",
         "Skylane said it had moved its satellites 1,380 times in the first half of the year, about two thirds of all manoeuvres, and that its collision-avoidance system was fully automatic.",
         "The council's members include 24 space agencies and operators. Its next report, on debris in higher orbits, is due in the first quarter of 2026.",
         "The council also urged operators to share more precise orbital data. At present only about half of them publish their satellites' planned manoeuvres in advance, the report said.",
     ])

case(name="clean-wine-tariff", lang="fr", outlet="La Gazette du Vignoble", suffix=" | La Gazette du Vignoble",
     url="https://www.gazettevignoble.example/marches/kelvarie-taxe-vins-importes-25-pour-cent",
     title="La Kelvarie taxera les vins importés à 25 % dès le 1er mai",
     published="2025-03-27T08:15:00+01:00", section="Marchés", author="Hélène Rouvière",
     paras=[
         "Le gouvernement de Kelvarie a annoncé mercredi à 22 h, heure de Port-Alban, l'instauration d'un droit de douane de 25 % sur les vins importés à partir du 1er mai. Port-Alban, la capitale, vit à l'heure UTC−5.",
         "La mesure frappe de plein fouet les producteurs de la vallée de la Sorne, pour qui la Kelvarie est le deuxième marché à l'export. En 2024, ils y ont vendu 48 millions de bouteilles pour un montant de 1,46 milliard d'euros, contre 1,31 milliard un an plus tôt.",
         "Selon l'interprofession, environ 3 200 exploitations sont concernées, dont les deux tiers sont des domaines familiaux de moins de 20 hectares. « Certains d'entre eux réalisent la moitié de leur chiffre d'affaires en Kelvarie », souligne son président, Bernard Lacombe, 63 ans.",
         "Une bouteille vendue aujourd'hui 9,80 euros en moyenne aux importateurs kelvariens coûterait ainsi 12,25 euros après la taxe, avant même les marges des distributeurs. Les effervescents seraient les plus touchés.",
         "Le ministre du Commerce extérieur, Antoine Verlaine, a dénoncé une « décision injustifiée » et annoncé qu'une délégation partirait pour Port-Alban la semaine prochaine. Il n'exclut pas de saisir l'arbitrage commercial si aucun accord n'est trouvé d'ici le 30 avril.",
         "Les importateurs kelvariens, qui emploient une quarantaine de milliers de personnes selon leur fédération, redoutent eux aussi une chute des ventes. Lors de la dernière hausse, en 2011, les volumes importés avaient reculé de 30 % en deux ans.",
         "À Saint-Aubin-sur-Sorne, la coopérative locale a déjà reçu trois cents annulations de commandes depuis jeudi matin. « On a six semaines pour vider les chais vers ailleurs, c'est impossible », se désole son directeur, Luc Perrier.",
         "La vallée de la Sorne compte 14 500 hectares de vignes, soit 35 800 acres selon les unités utilisées par les acheteurs kelvariens. Sa production a atteint 2,1 millions d'hectolitres l'an dernier, un volume stable par rapport à 2023.",
         "Les producteurs espèrent compenser en partie la perte sur les marchés asiatiques, où les ventes ont progressé de 18 % au premier trimestre. Mais ces marchés ne pèsent encore qu'un dixième des exportations de la vallée.",
     ])

case(name="err-car-recall", lang="de", outlet="Motorwelt Aktuell", suffix=" | Motorwelt Aktuell",
     url="https://www.motorwelt.example/nachrichten/rueckruf-kessler-varo-e4-airbag-sensor",
     title="Kessler ruft 186.000 Varo E4 wegen Airbag-Sensor zurück",
     published="2025-10-15T11:00:00+02:00", section="Nachrichten", author="Tobias Rettig",
     paras=[
         "Die Kessler Automobilwerke rufen weltweit 186.000 Fahrzeuge ihres Elektro-Kompaktwagens Varo E4 in die Werkstätten zurück. Grund ist ein Sensor im Beifahrersitz, der in seltenen Fällen den Airbag abschaltet, obwohl ein Erwachsener auf dem Sitz sitzt.",
         "Betroffen sind Fahrzeuge, die zwischen März 2022 und Juli 2024 gebaut wurden. Davon sind 142.000 im Inland zugelassen, die übrigen 44.000 in 19 weiteren Ländern. Die Halter werden ab Montag, dem 20. Oktober, schriftlich informiert.",
         "Nach Angaben des Herstellers ist der Fehler bisher bei 23 Unfällen aufgetreten, bei denen sieben Menschen verletzt wurden, zwei davon schwer. Todesfälle seien nicht bekannt.",
         "In der Werkstatt wird eine neue Software aufgespielt und bei Bedarf der Sensor getauscht. Der Eingriff dauert etwa 40 Minuten und ist für die Kunden kostenlos. Kessler rechnet mit Kosten von rund 95 Millionen Euro, die bereits im dritten Quartal verbucht werden sollen.",
         "Die Aktie des Unternehmens fiel am Dienstag um 3,2 Prozent auf 41,60 Euro. Analysten der Bergmann Bank senkten ihre Gewinnschätzung für das laufende Jahr um 4 Prozent, hielten aber an ihrer Kaufempfehlung fest.",
         "Das Kraftfahrt-Bundesamt des Landes hatte den Fall im Juni nach Beschwerden von Haltern untersucht. Kessler hatte den Fehler im August bestätigt und eine Lösung entwickelt, die seit September in der laufenden Produktion verwendet wird.",
         "Der Varo E4 ist mit 61.000 Neuzulassungen im vergangenen Jahr das meistverkaufte Elektroauto der Marke. Kessler-Vorstandschef Markus Heller, 57, sagte, man nehme die Sicherheit der Kunden \"ohne Kompromisse\" ernst.",
         "Es ist bereits der zweite Rückruf für das Modell: Im Frühjahr 2023 mussten 12.500 Fahrzeuge wegen lockerer Schrauben an der Hinterachse in die Werkstatt.",
         "Verbraucherschützer kritisierten, dass zwischen der Bestätigung des Fehlers und der Information der Halter mehr als zwei Monate vergehen. Kessler verwies auf die Zeit, die für die Prüfung der Software nötig gewesen sei.",
     ])
CASES[-1]["paras"].append("Halter können schon jetzt auf der Internetseite des Herstellers anhand der Fahrgestellnummer prüfen, ob ihr Wagen betroffen ist. Eine kostenlose Hotline ist ebenfalls eingerichtet.")

case(name="clean-power-plant", lang="de", outlet="Westmark Rundschau", suffix=" – Westmark Rundschau",
     url="https://www.westmark-rundschau.example/region/kraftwerk-haldenfeld-abgeschaltet",
     title="Nach 52 Jahren: Kraftwerk Haldenfeld ist vom Netz",
     published="2025-12-01T19:30:00+01:00", section="Region", author="Sabine Kornmeier",
     paras=[
         "Das Kohlekraftwerk Haldenfeld ist Geschichte. Am Sonntag um 23.59 Uhr nahm die Betreibergesellschaft Westmark Energie den letzten der vier Blöcke vom Netz. Das Kraftwerk war seit 1973 in Betrieb und hatte zuletzt eine Leistung von 1.460 Megawatt.",
         "Rund 200 ehemalige und aktive Beschäftigte verfolgten die Abschaltung im Leitstand und vor dem Werkstor. Viele hatten Tränen in den Augen, als die Anzeige für die Einspeisung auf null sprang. \"Hier haben drei Generationen meiner Familie gearbeitet\", sagte der Schichtleiter Uwe Brandner, 59.",
         "Zuletzt arbeiteten 620 Menschen im Kraftwerk. Zwei Drittel von ihnen gehen in den Vorruhestand oder werden umgeschult, die übrigen wechseln zu anderen Standorten des Unternehmens, vor allem in den neuen Windpark vor der Küste.",
         "Haldenfeld hat nach Angaben des Betreibers in seinen besten Jahren Strom für 2,8 Millionen Haushalte erzeugt. Zugleich war es einer der größten Emittenten des Landes: Im Jahr 2019 stieß das Kraftwerk 7,9 Millionen Tonnen Kohlendioxid aus, im vergangenen Jahr noch 3,2 Millionen Tonnen.",
         "Für die vorzeitige Stilllegung erhält Westmark Energie eine Entschädigung von 1,1 Milliarden Euro aus dem Landeshaushalt, verteilt auf zehn Jahresraten. Die Landesregierung hatte die Abschaltung ursprünglich erst für Ende 2029 vorgesehen.",
         "Auf dem 180 Hektar großen Gelände soll bis 2028 ein Batteriespeicher mit einer Leistung von 300 Megawatt entstehen. Der Abriss der Kühltürme, die mit 142 Metern das Ortsbild seit Jahrzehnten prägen, ist für das Frühjahr 2027 geplant. Die Arbeiten sollen bis 2031 abgeschlossen sein.",
         "Bürgermeisterin Anja Pohlmann sprach von einem \"Abschied mit Wehmut, aber ohne Angst\". Die Gemeinde verliert zwar rund 4,5 Millionen Euro an jährlichen Gewerbesteuereinnahmen, bekommt aber für die nächsten fünf Jahre einen Ausgleich aus einem Strukturfonds.",
         "Die Netzagentur hatte vorab geprüft, ob die Versorgungssicherheit im Winter gewährleistet ist. Sie kam zu dem Ergebnis, dass neue Gaskraftwerke und Leitungen aus dem Norden die Lücke schließen.",
         "Der letzte Kohlezug hatte das Kraftwerk bereits am Donnerstag verlassen. Die restlichen Kohlevorräte, etwa 40.000 Tonnen, sollen an ein Kraftwerk im Nachbarland verkauft werden.",
     ])

case(name="err-airline-merger", lang="en", outlet="The Capital Ledger", suffix=" - The Capital Ledger",
     url="https://www.capitalledger.example/business/aerovista-bluecrest-merger-agreed",
     title="AeroVista and Bluecrest agree $3.8bn merger to form third-largest carrier",
     published="2025-09-09T07:00:00-04:00", section="Business", author="Nathan Cole",
     paras=[
         "AeroVista Airlines and Bluecrest Air have agreed to merge in a deal worth $3.8 billion, creating the country's third-largest airline, the two companies announced at 6pm Eastern Time on Monday.",
         "Under the terms, AeroVista shareholders will own 58% of the combined company and Bluecrest shareholders 42%. The new airline will keep the AeroVista name and be based in Lakeport, Bluecrest's home city, where it will employ about 9,000 people.",
         "The combined fleet will number 312 aircraft: AeroVista brings 196 planes and Bluecrest 116. Together the two carriers flew 41 million passengers last year and serve 148 destinations, 37 of them abroad.",
         "The companies expect annual cost savings of $450 million by 2028, mainly from merging maintenance bases and booking systems. They aim to raise the combined operating margin from 8.4% to 11%, an improvement of 2.6 percentage points, within three years.",
         "AeroVista chief executive Sandra Whitfield, 55, will lead the merged airline, while Bluecrest's chief executive, Omar Haddad, will become chairman. \"Together we can finally compete on equal terms with the two giants,\" Whitfield said.",
         "The deal needs approval from competition regulators and is expected to close in the first half of 2026. Consumer groups warned that fares could rise on the 23 routes where the two airlines currently compete directly.",
         "Bluecrest shares jumped 19% in after-hours trading, while AeroVista shares slipped 1.5%. Analysts said AeroVista was paying a premium of about 30% over Bluecrest's closing price on Monday.",
         "Pilots' unions at both airlines said they would seek talks on combining their seniority lists, a process that delayed integration at other carriers for years.",
         "The merger would be the first between two major domestic airlines since 2016, when a wave of consolidation reduced the number of national carriers from seven to five.",
     ])
CASES[-1]["paras"].append("Frequent flyers will keep their points, the companies said, and the two loyalty programmes will be combined into one by the end of 2026. Tickets already sold will be honoured on their original terms.")

case(name="clean-flood-insurance", lang="pt", outlet="Diário do Litoral", suffix=" | Diário do Litoral",
     url="https://www.diariolitoral.example/economia/seguradoras-pagam-87-milhoes-cheias-ribeira-alta",
     title="Seguradoras já pagaram 87 milhões de euros pelas cheias da Ribeira Alta",
     published="2025-02-19T13:40:00+00:00", section="Economia", author="Inês Carvalhal",
     paras=[
         "As seguradoras já pagaram 87,4 milhões de euros em indemnizações pelas cheias que atingiram o vale da Ribeira Alta no final de janeiro, segundo dados divulgados na terça-feira pela associação do setor.",
         "Das 14 600 participações recebidas, 11 300 já foram regularizadas. As restantes, na maioria relativas a empresas e explorações agrícolas, deverão ficar resolvidas até ao fim de abril, garantiu a associação.",
         "As cheias de 26 e 27 de janeiro foram provocadas por 212 milímetros de chuva em 48 horas, o triplo da média de todo o mês de janeiro na região. O rio subiu 4,8 metros acima do nível normal em Vila Serrana, onde três pontes ficaram destruídas.",
         "Cerca de um terço das indemnizações pagas até agora corresponde a habitações. Os automóveis representam 21,6 milhões de euros e os estabelecimentos comerciais 28,9 milhões.",
         "O presidente da associação, Rui Mendonça, de 56 anos, reconheceu que muitos proprietários não tinham cobertura para fenómenos da natureza. \"Apenas quatro em cada dez casas do vale tinham essa proteção\", afirmou.",
         "Para quem não tinha seguro, o Governo criou um fundo de apoio de 40 milhões de euros. Até agora foram aprovados 2 150 pedidos, com um apoio médio de 6 200 euros por família.",
         "A Câmara de Vila Serrana estima que a reconstrução das pontes e das estradas municipais custe 31 milhões de euros e demore dois anos. A ponte principal, construída em 1958, deverá ser substituída por uma estrutura mais alta.",
         "Os especialistas alertam que fenómenos deste tipo serão mais frequentes. Desde 2000, o vale registou cinco cheias graves, três delas na última década.",
         "A associação recomendou aos moradores que revejam as suas apólices antes do próximo inverno e anunciou uma linha de informação gratuita, que funciona das 9h às 19h nos dias úteis.",
         "Em Vila Serrana, cerca de 600 pessoas tiveram de deixar as suas casas durante as cheias. A maioria já regressou, mas 45 famílias continuam alojadas em casas de familiares ou em hotéis pagos pela autarquia.",
         "Os comerciantes da rua principal queixam-se da demora nas peritagens. Alguns reabriram com meios próprios, antes de receberem qualquer indemnização, e pedem que as seguradoras aceitem fotografias como prova dos danos.",
     ])

case(name="err-womens-cup-final", lang="es", outlet="Diario Deportivo del Sur", suffix=" - Diario Deportivo del Sur",
     url="https://www.deportivosur.example/futbol/femenino/copa-de-la-reina-final-almendral-campeon",
     title="El Almendral gana su tercera Copa de la Reina ante un estadio récord",
     published="2025-05-25T00:35:00+02:00", section="Fútbol femenino", author="Marina Escudero",
     paras=[
         "El CD Almendral conquistó este sábado su tercera Copa de la Reina tras vencer por 3-1 a la Unión Bahía en una final disputada en el Estadio del Puerto ante 41.250 espectadores, récord de asistencia para un partido de fútbol femenino en el país.",
         "El partido comenzó a las 21.00, hora peninsular, con un ambiente festivo en las gradas. La delantera Lucía Peña adelantó al Almendral en el minuto 12 con un disparo cruzado, pero la Unión Bahía empató en el 34 gracias a un cabezazo de Ana Torres.",
         "En la segunda parte, Peña volvió a marcar en el minuto 58 tras una jugada individual, y la centrocampista Nerea Sáez cerró el marcador en el 87 con un lanzamiento de falta directo a la escuadra.",
         "Peña, de 24 años, terminó el torneo como máxima goleadora con siete tantos. \"Soñaba con esta noche desde que era niña\", dijo entre lágrimas la delantera, que fue elegida mejor jugadora del partido.",
         "Es el primer título del Almendral desde 2017, cuando ganó la copa en la prórroga. Su entrenadora, Carmen Vidal, llegó al club hace dos temporadas y ha ganado 41 de los 56 partidos que ha dirigido.",
         "La Unión Bahía, que disputaba su primera final, se marcha con el orgullo intacto. Su capitana, Itziar Olabarria, reconoció que el segundo gol \"nos cortó las alas\".",
         "La federación repartirá 450.000 euros en premios: 300.000 para el campeón y 150.000 para el subcampeón. La cifra supone el doble que la del año pasado.",
         "El récord anterior de asistencia, de 36.800 espectadores, se había establecido en la final de 2023. La federación atribuye el aumento al nuevo horario de noche y a entradas a precios populares, desde 10 euros.",
         "El Almendral celebrará el título con sus aficionados el lunes por la tarde en la plaza Mayor de la ciudad, según anunció el club en sus redes sociales.",
         "Antes del partido, las jugadoras de ambos equipos guardaron un minuto de silencio en memoria de una exjugadora del Almendral fallecida en abril.",
         "La Unión Bahía, que ascendió a la máxima categoría hace tres temporadas, tuvo más posesión en la primera parte, pero el Almendral fue más eficaz en las áreas: marcó tres goles con cinco disparos a puerta.",
     ])

case(name="clean-city-marathon", lang="en", outlet="Lakeside Evening Post", suffix=" | Lakeside Evening Post",
     url="https://www.lakesidepost.example/sports/running/2025/04/13/lakeside-marathon-oduya-course-record",
     title="Oduya smashes Lakeside Marathon course record as Virtanen wins women's race",
     published="2025-04-13T15:50:00-05:00", section="Sports", author="Kevin Marsh",
     paras=[
         "Samuel Oduya broke the Lakeside Marathon course record on Sunday, winning in 2 hours, 6 minutes and 41 seconds, 38 seconds faster than the old mark of 2:07:19 set in 2018.",
         "The 27-year-old pulled away from a group of five runners at the 20-mile mark and ran the last six miles alone along the lakefront, cheered on by crowds that organisers estimated at 400,000 along the course.",
         "In the women's race, Hanna Virtanen won in 2:21:05, finishing 1 minute and 12 seconds ahead of defending champion Grace Mwangi. It was Virtanen's first marathon victory after two second-place finishes here.",
         "The race started at 7:30am Central Time in cool, dry conditions, with a temperature of 48F at the start rising to 61F by midday. Runners described the weather as close to perfect.",
         "A record 31,050 runners started the race and 28,412 finished, organisers said. The oldest finisher was an 84-year-old retired teacher from Pinecrest, who completed the 26.2-mile course in just under six hours.",
         "Oduya and Virtanen each receive $75,000 in prize money, and Oduya earns a $25,000 bonus for the course record. \"I came here for the record. The time is for my daughter, who turned one last week,\" Oduya said.",
         "The Lakeside Marathon was first held in 1977 with 212 runners. Charity runners raised $4.3 million this year, up from $3.6 million in 2024, for more than 150 local causes.",
         "Medical teams treated 640 runners during the race, most for blisters and cramps; 11 were taken to hospital as a precaution. No serious injuries were reported.",
         "City officials said road closures would be lifted by 4pm and that public transport had carried a record number of spectators. The 2026 race will be held on April 12.",
         "Among the wheelchair racers, Lena Brooks won the women's race for the fifth time in a row, while the men's race ended in a sprint finish decided by less than a second.",
         "Race director Paula Stein said the course would stay the same next year. \"We have the fastest course in the region and the best crowds. Why change it?\" she said, adding that entries for 2026 would open in June and were expected to sell out within days.",
     ])

case(name="err-port-strike", lang="fr", outlet="Le Journal du Port", suffix=" - Le Journal du Port",
     url="https://www.journalduport.example/social/greve-dockers-saint-herel-72-heures",
     title="Port de Saint-Hérel : les dockers en grève pour 72 heures à partir de lundi",
     published="2025-07-03T18:45:00+02:00", section="Social", author="Yann Le Goff",
     paras=[
         "Les dockers du port de Saint-Hérel cesseront le travail pendant 72 heures à partir du lundi 7 juillet à 6 heures, a annoncé jeudi le syndicat majoritaire, après l'échec des négociations salariales avec les entreprises de manutention.",
         "Lors d'un vote organisé mercredi, neuf dockers sur dix se sont prononcés pour la grève. Le port emploie 1 850 dockers, dont 1 420 en contrat permanent.",
         "Le syndicat réclame une hausse des salaires de 6 %, quand les employeurs proposent 3,5 %, soit un écart de 2,5 points. Les dockers demandent aussi une prime de pénibilité pour le travail de nuit.",
         "Le port traite en temps normal environ 4 200 conteneurs par jour. Selon l'autorité portuaire, 38 navires sont attendus pendant la période de grève et pourraient être détournés vers les ports voisins.",
         "La chambre de commerce estime le coût de l'arrêt à 12 millions d'euros par jour pour l'économie régionale, soit 36 millions sur trois jours. « C'est une catastrophe pour les exportateurs de fruits, qui n'ont aucune marge », a réagi son président, Philippe Arnaud.",
         "La dernière grève d'ampleur remonte à 2019. Elle avait duré onze jours et conduit plusieurs armateurs à abandonner temporairement la ligne vers Saint-Hérel.",
         "Le ministre des Transports, Gilles Fournier, a appelé les deux parties à « revenir à la table » et a proposé la nomination d'un médiateur d'ici vendredi.",
         "Les entreprises de manutention, regroupées au sein de l'Union portuaire de Saint-Hérel, affirment que la hausse demandée coûterait 14 millions d'euros par an. Elles rappellent que les salaires ont déjà été augmentés de 4 % l'an dernier.",
         "Le trafic de passagers, qui passe par un terminal distinct, ne sera pas touché. Les ferries vers les îles continueront de circuler normalement, a précisé l'autorité portuaire.",
         "Sur les quais, la tension était palpable jeudi. « On ne fait pas grève par plaisir, mais nos salaires n'ont pas suivi les prix », explique un docker de 38 ans, qui travaille au port depuis quinze ans. Les transporteurs routiers, eux, s'attendent à de longues files d'attente dès la reprise du travail.",
     ])

case(name="clean-typhoon-forecast", lang="ja", outlet="南海日日新聞", suffix=" - 南海日日新聞",
     url="https://www.nankai-nichinichi.example/news/20250903/typhoon15-forecast",
     title="台風15号、金曜に鳴海諸島へ 最大瞬間風速60メートル予想",
     published="2025-09-03T17:30:00+09:00", section="社会", author="比嘉真理子",
     paras=[
         "南海地方気象台は3日午後4時、非常に強い台風15号が、あさって5日（金）の夕方から夜にかけて鳴海諸島に最も接近するおそれがあると発表した。諸島では猛烈な風が吹き、大しけとなる見込みで、気象台は早めの備えを呼びかけている。",
         "気象台によると、台風15号は3日午後3時現在、鳴海諸島の南南東約620キロの海上を、1時間に15キロの速さで北北西へ進んでいる。中心気圧は945ヘクトパスカル、中心付近の最大風速は45メートル、最大瞬間風速は60メートルで、中心から半径150キロ以内では風速25メートル以上の暴風となっている。",
         "台風は今後、海面水温が30度前後と高い海域を進むため、さらに発達する可能性がある。4日午後3時には中心気圧が935ヘクトパスカルまで下がると予想されている。気象台の担当者は「勢力を保ったまま接近する。過去の大きな台風に匹敵する」と警戒を強めている。",
         "鳴海諸島では、4日夜から風が強まり始め、5日には多い所で1時間に80ミリの猛烈な雨が降る見込みだ。6日正午までの48時間に予想される雨量は、多い所で400ミリ。これは9月1カ月の平年の雨量のおよそ1.5倍にあたる。",
         "台風はその後、6日（土）に進路を北東に変え、南海県の本土に近づく見通し。本土への影響は6日午後から7日にかけて最も大きくなるとみられる。気象台は、土曜日に予定されている屋外の催しについて、中止や延期の検討を求めている。",
         "鳴海諸島に非常に強い勢力で台風が接近するのは、2018年9月の台風21号以来となる。この時は諸島全体の約8割にあたる1万4000戸が停電し、復旧までに最長で5日かかった。",
         "これを受けて、南海県は3日、災害警戒本部を設置した。県によると、諸島の各町村は4日正午から計32カ所の避難所を開設する。諸島の人口は約2万8000人で、このうち65歳以上の高齢者が約3分の1を占める。県は、高齢者や体の不自由な人に対し、4日中の避難を呼びかけている。",
         "交通機関にも影響が出始めている。本土と諸島を結ぶ定期フェリーを運航する鳴海汽船は、4日午後の便から全便の欠航を決めた。航空会社2社も、5日の諸島発着の全38便の欠航を決めた。観光客を含め、約2400人の足に影響が出る見込みだ。",
         "諸島の基幹産業であるサトウキビ栽培への影響も懸念されている。収穫を12月に控え、今年は生育が順調だっただけに、農家の間では落胆の声が広がる。南海県農業協同組合によると、諸島のサトウキビの作付面積は約3100ヘクタールで、2018年の台風では被害額が約18億円にのぼった。",
         "漁業者も船の避難を急いでいる。諸島の漁港では3日朝から、漁船をクレーンで陸に上げる作業が続いた。鳴海漁協の組合長は「2018年は流された船が20隻以上あった。同じことは繰り返したくない」と話した。",
         "気象台は、台風の進路予想には依然として幅があるとして、最新の情報に注意するよう求めている。予報円の大きさは5日午後3時の時点で半径190キロ。進路が東寄りになれば本土への影響が強まり、西寄りになれば諸島の被害が大きくなるおそれがある。",
         "コンビニエンスストアやスーパーでは3日午後、水やカップ麺、乾電池を買い求める客が相次いだ。諸島の中心部にあるスーパーの店長は「ふだんの3倍以上売れている。あすの朝には追加の商品が届く予定だ」と話した。",
         "気象台は、台風が最も近づく5日夜には、外出を控え、窓から離れた場所で過ごすよう呼びかけている。停電に備えて、携帯電話の充電や懐中電灯の準備もしておきたい。",
     ])
CASES[-1]["paras"] += [
    "学校への影響も避けられない。諸島の小中学校14校は、5日を臨時休校とすることを決めた。6日と7日は土日にあたるため、授業の再開は早くても8日の月曜日になる。県教育委員会は、校舎の被害状況を確認したうえで、再開の時期を判断するとしている。",
    "医療機関も備えを進めている。諸島で唯一の総合病院である鳴海中央病院は、自家発電装置の燃料を3日分確保した。人工透析を受けている患者約60人については、4日中に本土の病院へ移す手配を済ませた。病院の事務長は「患者の命を守ることを最優先に動いている」と話す。",
    "気象台によると、台風15号は8月29日に南の海上で発生した。発生から1週間足らずで非常に強い勢力にまで発達したことになる。今年、諸島に接近する台風としては3つ目だが、これまでの2つはいずれも勢力が弱く、大きな被害はなかった。",
    "専門家は、近年の台風の大型化を指摘する。南海大学の気象学者、当間和彦教授は「海面水温の高い状態が長く続き、台風が弱まりにくくなっている。以前なら途中で勢力を落とした台風が、そのまま島に届くようになった」と分析する。教授は、最悪の事態を想定した備えを求めている。",
    "観光業への打撃も大きい。9月の連休を前に、諸島のホテルや民宿では予約の取り消しが相次いでいる。諸島観光協会によると、5日から7日までの宿泊予約のうち、約7割がすでにキャンセルされた。協会の担当者は「稼ぎ時だが、命には代えられない」と話した。",
]
CASES[-1]["paras"] += [
    "台風の接近を前に、県は住民向けの情報提供も強化している。県のウェブサイトでは、避難所の開設状況や道路の通行止めの情報を地図で確認できるようにした。また、外国人観光客向けに、英語、中国語、韓国語の3言語で避難の呼びかけを始めた。諸島には現在、約300人の外国人観光客が滞在しているとみられる。",
    "電力会社の南海電力は、停電に備えて本土から作業員120人を4日までに諸島へ派遣する。2018年の台風では、倒れた電柱が道路をふさぎ、復旧作業が遅れた。同社は今回、高所作業車やクレーン車も船で運び込み、被害が出れば速やかに復旧にあたる態勢をとる。",
]
CASES[-1]["paras"].append("一方、本土でも備えが始まった。県庁所在地の南海市では、海沿いの遊歩道や公園の駐車場を4日夕方から閉鎖する。市の防災担当者は「本土に近づくのは6日以降だが、早めに準備を終えてほしい」と話している。")
CASES[-1]["paras"].append("気象台は4日午前5時に、次の詳しい見通しを発表する予定だ。暴風警報や波浪警報は、早ければ4日夜にも発表される可能性がある。")
CASES[-1]["paras"].append("住民の間では、2018年の記憶がよみがえっている。")

case(name="clean-datacentre-water", lang="en", outlet="Red Mesa Tribune", suffix=" | Red Mesa Tribune",
     url="https://www.redmesatribune.example/local/county-caps-corvid-cloud-data-centre-water",
     title="County caps water use at Corvid Cloud data centres after heated meeting",
     published="2025-08-06T10:15:00-07:00", section="Local", author="Alicia Romero",
     paras=[
         "Red Mesa County commissioners voted 4-1 on Tuesday to cap the water that Corvid Cloud's data centre campus can draw from the county's aquifer at 2.1 billion gallons a year, after a meeting that ran until 11:40pm Mountain Standard Time.",
         "The campus used 1.9 billion gallons last year, up 35% from 1.4 billion gallons in 2023, as the company added two buildings to cool servers for artificial intelligence work. It now covers 640 acres east of the town of Saltbrush.",
         "Residents packed the hearing, and more than 90 people signed up to speak. Many said their wells had run dry during the summer. County records show the aquifer has dropped 14 feet since 2015.",
         "\"We are not against jobs. We are against running out of water,\" said rancher Dolores Quintero, 71, whose family has farmed near Saltbrush since the 1940s.",
         "Corvid Cloud employs 380 people at the site and pays about $29 million a year in property taxes, roughly 11% of the county's budget. Site director Ben Akers said the company would comply with the cap and accelerate a plant to recycle waste water, now due to open in the fourth quarter of 2026.",
         "Once the plant is running, the company says it will cut its draw from the aquifer by about 40%. Critics said the pledge had already slipped by a year.",
         "The campus draws 410 megawatts of electricity at peak, more than all the homes in the county combined. Temperatures in Saltbrush reached 112F last month, pushing cooling demand to a record.",
         "The only commissioner to vote against the cap, Ray Delgado, said it could push Corvid to build its next campus in a neighbouring county. \"We would keep the thirst and lose the taxes,\" he said.",
         "The cap takes effect on January 1. Under the ordinance, the county can fine the company $5,000 for each day it exceeds its monthly share of the annual limit.",
         "The county will also commission an independent study of the aquifer, with results expected within 18 months.",
         "Saltbrush's mayor, Elena Ortiz, welcomed the vote but said the town still needed help to deepen its own wells before next summer, when demand is expected to peak again.",
     ])

case(name="err-dam-repair", lang="en", outlet="The Riverbend Gazette", suffix=" - The Riverbend Gazette",
     url="https://www.riverbendgazette.example/news/colter-creek-dam-repair-funding-approved",
     title="Colter Creek Dam repairs get $212 million as inspectors warn of cracks",
     published="2025-10-30T21:30:00-07:00", section="News", author="Tom Hadley",
     paras=[
         "State and federal officials on Thursday approved $212 million to repair Colter Creek Dam, two years after inspectors found cracks in its concrete spillway that they said could fail in a major flood.",
         "The state will pay $140 million and the federal government $72 million. Work is due to begin next spring and take about four years, with the reservoir kept at no more than 60% of capacity until it is finished.",
         "The dam, completed in 1957, holds back up to 310,000 acre-feet of water and supplies about 450,000 people in the Riverbend valley. It also generates 48 megawatts of hydroelectric power.",
         "Inspectors found 17 cracks in the spillway in 2023, the longest of them 23 feet. An engineering review concluded that the spillway could be damaged if flows exceeded 90,000 cubic feet per second, a level last reached in the floods of 1997.",
         "\"This dam has protected this valley for almost seventy years. We intend to make sure it does so for the next seventy,\" said state water director Linda Castellano.",
         "Keeping the reservoir low will cost farmers water. The valley's irrigation district said deliveries would be cut by about a fifth next year, and that some growers would leave fields unplanted.",
         "Anglers and marina owners also expect a difficult season. The Colter Lake marina, which has 220 boat slips, said about half of them would sit on dry ground while the water is kept low.",
         "The repair plan includes a new spillway gate system and 6,000 tons of reinforced concrete. Contractors will be asked to submit bids by January 15.",
         "Federal officials said Colter Creek was one of 28 dams in the region rated as needing urgent repair, and that funding for the others would be decided next year.",
         "Residents downstream said they were relieved. Many remember the 1997 floods, when water poured over the spillway for three days and hundreds of homes in the lower valley were evacuated. \"We have been waiting for this money for two years,\" said Maria Delacruz, who runs a hardware store in the town of Millbrook.",
         "The irrigation district said it would ask the state for compensation for growers who lose water during the works. Officials said a relief fund was being discussed but gave no figure.",
     ])

case(name="err-rail-fares", lang="en", outlet="Metro Commuter News", suffix=" | Metro Commuter News",
     url="https://www.metrocommuter.example/fares/2025/11/20/regulated-rail-fares-rise-january",
     title="Rail fares to rise 4.6% in January, adding £200 to some season tickets",
     published="2025-11-20T12:00:00+00:00", section="Fares", author="Priya Shah",
     paras=[
         "Regulated rail fares will rise by an average of 4.6% from January 4, the government announced on Thursday, adding about £200 to the price of some annual season tickets.",
         "A season ticket between Eastfield and Central will go up from £4,380 to £4,580. Peak-time single fares will rise by 5.8%, while off-peak fares will rise by 2.9%, in an attempt to encourage travel outside the rush hour.",
         "Transport secretary Dominic Farrow said the increase was below the 5.1% rise in wages over the past year. \"We have kept the rise as low as we can while still paying for the trains and staff passengers expect,\" he said.",
         "Passenger groups said the rise came on top of a 6.2% increase last January. Commuters using the busiest lines have seen fares go up by more than a fifth in three years.",
         "Passenger numbers rose 8% last year to 1.32 billion journeys, while fare revenue grew 11% to £9.7 billion, according to figures from the rail regulator.",
         "Punctuality remains a sore point. On the Northline network, 7.2% of trains were cancelled in the year to September, compared with 3.1% on Southway routes.",
         "Farrow also announced a trial of flexible season tickets for people who travel to work three days a week. The tickets will cost 60% of a full season ticket and be available on 12 routes from March.",
         "Unions said the increase would do little to fund pay rises for staff and warned of further strikes in the spring. The rail workers' union said it would ballot its 41,000 members next month.",
         "The rise applies to about 45% of fares in the capital's commuter belt; other fares are set by the train companies themselves and usually rise by a similar amount.",
         "Campaigners said the increase would push more people back into their cars. \"Every year we are told the railway needs more money, and every year the service gets worse,\" said Helen Marsh of the Commuter Rights Group, which represents passengers on the busiest lines into the capital.",
         "Train companies welcomed the announcement, saying the extra revenue would help pay for new carriages due to enter service next year. The industry body said fares had fallen in real terms over the past decade because they had risen more slowly than prices.",
     ])
