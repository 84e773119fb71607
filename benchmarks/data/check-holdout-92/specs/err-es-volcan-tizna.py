SPEC = dict(
    lang="es", outlet="Crónica de la Sierra Norte", section="Ciencia", author="Rodrigo Baeza Montes",
    title="El volcán Tizná entra en erupción por primera vez desde 1962; evacuadas 3.200 personas",
    url="https://www.cronicasierranorte.example/ciencia/volcan-tizna-erupcion-evacuacion-3200",
    published="2025-08-14T22:30:00-06:00", shown="14 de agosto de 2025, 22:30 h",
    body=[
        "El volcán Tizná entró en erupción la madrugada de este jueves por primera vez desde 1962, con una columna de ceniza que alcanzó 8 kilómetros de altura, informó el Servicio Vulcanológico Regional. Las autoridades evacuaron a unas 3.200 personas de siete comunidades situadas en las laderas del volcán.",
        "La actividad comenzó con un enjambre de 240 sismos en 24 horas, registrado entre el martes y el miércoles. La erupción propiamente dicha se produjo a las 4:40 de la mañana, hora local, y durante el día un flujo de lava avanzó 6,5 kilómetros por la ladera norte.",
        "La ceniza cayó sobre 14 municipios y obligó a cerrar el aeropuerto regional durante al menos 36 horas. Según la secretaría de agricultura, unas 1.450 hectáreas de cultivos de café y maíz quedaron cubiertas de ceniza.",
        "\"La erupción es de tipo moderado, pero no podemos descartar que aumente\", dijo la directora del servicio, la vulcanóloga Lucía Arancibia. El semáforo de alerta se elevó a rojo y se estableció un radio de exclusión de 12 kilómetros alrededor del cráter.",
        "El gobierno estatal estimó los daños preliminares en 1.200 millones de pesos y anunció que abrirá cinco albergues adicionales. En los ya habilitados se atiende a 1.870 personas; el resto de los evacuados se alojó con familiares.",
        "El Tizná, de 3.870 metros de altura, es uno de los volcanes más vigilados de la región. Su erupción de 1962 duró casi dos años y destruyó dos pueblos. Los científicos han instalado desde entonces una red de 22 estaciones sísmicas y tres cámaras térmicas.",
        "Arancibia pidió a la población usar mascarillas y no acercarse a los ríos que bajan del volcán, por el riesgo de lahares si llueve. Las temperaturas de la lava medidas por las cámaras superaron los 1.100 grados Celsius.",
    ],
)

DIGEST = """
ティスナ火山:63年ぶりの噴火、3200人が避難2025年08月15日 18:00

国立国会図書館デジタルコレクション「浪華百景」を加工して作成
【概要】

 ティスナ火山が14日(木)未明、1962年以来70年ぶりに噴火し、噴煙が高さ8マイルに達した。地域火山観測局によると、山腹の7つの集落から約3200人が避難した。

 主なハイライト

 噴火の経過:火曜日から水曜日にかけて24時間で240回の地震が群発し、現地時間14日午前4時40分に噴火が始まった。日中には溶岩流が北斜面を6.5キロ流れ下った。

 降灰の被害:14の自治体に灰が降り、地域空港は少なくとも36時間閉鎖された。コーヒーとトウモロコシの畑約1450ヘクタールが灰に覆われた。

 文脈

 警戒の強化:観測局のルシア・アランシビア(Lucía Arancibia)局長は「中規模の噴火だが、拡大の可能性は否定できない」と述べた。警戒レベルは赤に引き上げられ、火口から半径12キロが立ち入り禁止となった。

 被害額:州政府は暫定の被害額を12億ペソと見積もり、避難所を5カ所増やす。

 標高3870メートルのティスナ火山は、地域で最も監視の厳しい火山の一つである。

【詳細】

 60年余りの沈黙を破った噴火で、住民の避難が続いている。以下、噴火の状況と対応をまとめる。

 噴火の状況

 1.前兆と噴火

 ・24時間で240回の地震が観測された後、14日午前4時40分に噴火した。
 ・カメラで測った溶岩の温度は1100度を超えた。

 2.被害

 ・14自治体に降灰、約1450ヘクタールの農地が被害を受けた。

 避難と対応

 1.避難所

 ・開設済みの避難所に1870人が身を寄せ、残る約1330人は親族宅に避難した。

 2.過去の噴火と監視

 ・1962年の噴火は2年近く続き、2つの村が壊滅した。
 ・その後、22の地震観測点と3台の熱感知カメラが設置された。

 アランシビア局長は住民にマスクの着用と、雨による泥流の危険がある川に近づかないよう呼びかけた。

【要点】

 噴火の状況

 1.前兆と噴火

 ・240回の群発地震の後、14日未明に噴火。

 2.被害

 ・14自治体に降灰、空港は36時間以上閉鎖。

 避難と対応

 1.避難所

 ・約3200人が避難、避難所を5カ所追加。

 2.過去の噴火と監視

 ・1962年以来の噴火、観測点22カ所で監視。

【引用・参照・底本】

El volcán Tizná entra en erupción por primera vez desde 1962; evacuadas 3.200 personas Crónica de la Sierra Norte 2025.08.15

https://www.cronicasierranorte.example/ciencia/volcan-tizna-erupcion-evacuacion-3200
"""

FINDINGS = [
    ("mismatch", "error", "70年ぶり"),
    ("mismatch", "error", "8マイル"),
    ("citation", "warning", "2025.08.15"),
]
