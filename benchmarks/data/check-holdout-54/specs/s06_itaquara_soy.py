SPEC = {
 "clean_name": "clean-itaquara-soy", "err_name": "err-itaquara-soy",
 "lang": "pt", "outlet": "Jornal do Agronegócio Austral", "section": "Agronegócio",
 "author": "Renata Quintela",
 "title": "Itaquara colhe safra recorde de soja e sobe para terceiro maior exportador",
 "url": "https://www.agronegocioaustral.example/soja/itaquara-safra-recorde-terceiro-exportador",
 "published": "2025-09-02T10:00:00-03:00", "dateline": "02/09/2025 10h00",
 "body": [
  "Itaquara encerrou a safra de soja 2024/25 com uma colheita recorde de 68,4 milhões de toneladas, alta de 11% em relação ao ciclo anterior, informou nesta terça-feira a Companhia Nacional de Abastecimento. A área plantada chegou a 21,3 milhões de hectares, 4% a mais que na temporada passada.",
  "Com o resultado, o país ultrapassou a Argentina e passou a ser o terceiro maior exportador mundial do grão, atrás apenas do Brasil e dos Estados Unidos. As exportações de soja somaram US$ 24,7 bilhões nos doze meses encerrados em agosto.",
  "A China continua sendo o principal destino, com 71% dos embarques. O ministro da Agricultura, Fernando Albuquerque Lins, de 63 anos, disse que o governo negocia a abertura de novos mercados no Sudeste Asiático para reduzir essa dependência.",
  "Os preços, porém, não acompanharam o volume. A tonelada de soja exportada saiu em média a US$ 412 em agosto, queda de 8% em um ano, pressionada pela oferta abundante nas Américas.",
  "O escoamento segue como o principal gargalo. Boa parte da produção do oeste precisa percorrer 1.150 quilômetros de estrada até o porto de Baía Serena, e o custo do frete rodoviário subiu 14% desde janeiro. A nova ferrovia do Planalto, prometida para 2028, deve reduzir esse custo pela metade.",
  "Para a safra 2025/26, cujo plantio começa neste mês, a companhia projeta uma produção entre 66 milhões e 70 milhões de toneladas. Os meteorologistas alertam para o risco de chuvas até 30% abaixo da média no sul, associadas ao fenômeno La Niña.",
  "Produtores ouvidos pelo Jornal do Agronegócio Austral dizem que a margem caiu para cerca de US$ 90 por hectare, ante US$ 150 na safra anterior.",
 ],
 "digest": """
イタクアラ:大豆が過去最高の収穫、輸出で世界3位に浮上2025年09月03日 07:20

国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成
【概要】

 イタクアラの国家供給公社は9月2日(火)、2024/25年度の大豆の収穫量が前年度比11%増の6840万トンと過去最高になったと発表した。作付面積は4%増の2130万ヘクタールで、1ヘクタールあたりの収量は約3.2トンとなる。

 主なハイライト

 世界3位の輸出国に:同国はアルゼンチンを抜き、ブラジル、米国に次ぐ世界第3位の大豆輸出国となった。8月までの12カ月間の輸出額は247億ドルだった。

 中国への依存:輸出の71%、約7割が中国向けである。フェルナンド・アルブケルケ・リンス(Fernando Albuquerque Lins)農相(63)は、東南アジアで新たな市場の開拓を進めていると述べた。

 価格の下落:8月の輸出価格は1トンあたり平均412ドルで、前年同月比8%下がった。

 文脈

 物流の壁:西部の産地からバイア・セレナ港までは1150キロの陸路輸送が必要で、トラック運賃は1月から14%上昇した。2028年に開業予定の新鉄道で、この費用は半減する見込みである。

 来季の見通し:今月作付けが始まる2025/26年度の生産量は6600万〜7000万トンと予想されているが、ラニーニャ現象により南部の降水量が平年を最大30%下回るおそれがある。

 生産者の利益は1ヘクタールあたり約90ドルと、前年度の150ドルから60ドル減った。

【詳細】

 イタクアラの大豆は記録的な豊作となったが、価格の低迷と物流コストが課題として残る。以下、収穫の状況と今後の見通しをまとめる。

 収穫と輸出

 1.過去最高の収穫

 ・2024/25年度の収穫量は6840万トンで、11%増えた。
 ・作付面積は2130万ヘクタールだった。

 2.輸出国としての地位

 ・アルゼンチンを抜いて世界第3位の輸出国となった。
 ・輸出額は247億ドル、中国向けが71%を占める。

 3.価格

 ・1トンあたりの輸出価格は412ドルで、8%下落した。

 課題と見通し

 1.輸送コスト

 ・産地から港までの陸路は1150キロに及ぶ。
 ・運賃は年初から14%上昇した。

 2.来季の予想

 ・2025/26年度は6600万〜7000万トンの見通し。
 ・南部では雨量が平年より最大30%少なくなる恐れがある。

【要点】

 収穫と輸出

 1.過去最高の収穫

 ・収穫量は11%増の6840万トン。

 2.輸出国としての地位

 ・世界第3位の輸出国に、輸出の約7割は中国向け。

 3.価格

 ・輸出価格は8%下落。

 課題と見通し

 1.輸送コスト

 ・1150キロの陸送で運賃が14%上昇。

 2.来季の予想

 ・生産量は6600万〜7000万トンの見通し。

【引用・参照・底本】

Itaquara colhe safra recorde de soja e sobe para terceiro maior exportador  Jornal do Agronegócio Austral  2025.09.02

https://www.agronegocioaustral.example/soja/itaquara-safra-recorde-terceiro-exportador
""",
 "edits": [
  ("・アルゼンチンを抜いて世界第3位の輸出国となった。", "・アルゼンチンを抜いて世界第2位の輸出国となった。", "mismatch", "error", "世界第2位"),
  ("前年度の150ドルから60ドル減った", "前年度の150ドルから40ドル減った", "mismatch", "error", "40ドル減"),
  ("https://www.agronegocioaustral.example/soja/itaquara-safra-recorde-terceiro-exportador\n", "https://www.agronegocioaustral.example/soja/itaquara-safra-recorde-terceiro-exportador?utm_source=newsletter&utm_medium=email&utm_campaign=agro_diario\n", "citation", "warning", "https://www.agronegocioaustral.example/soja/itaquara-safra-recorde-terceiro-exportador?utm_source=newsletter&utm_medium=email&utm_campaign=agro_diario"),
 ],
}
