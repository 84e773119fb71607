SPEC = dict(
    lang="es", outlet="Diario del Olivar", domain="www.diariodelolivar.example",
    path="/campo/2026/12/01/valdeoliva-aforo-aceite-412000-toneladas",
    title="Valdeoliva prevé 412.000 toneladas de aceite, un 38 % más, y el precio cae a 3,85 euros",
    suffix=" - Diario del Olivar",
    published="2026-12-01T10:00:00+01:00", shown="01/12/2026 10:00 CET",
    author="Inmaculada Roldán", section="Campo",
    paras=[
        "La provincia de Valdeoliva producirá esta campaña unas 412.000 toneladas de aceite de oliva, un 38 % más que la anterior, cuando se obtuvieron 298.000 toneladas. Así lo recoge el aforo presentado el lunes a las 12:00 horas por la Consejería de Agricultura en la sede de la Diputación.",
        "Las lluvias del otoño explican buena parte de la recuperación. Desde septiembre han caído 620 litros por metro cuadrado de media en la provincia, el doble que en el mismo periodo del año pasado, lo que ha permitido que los olivos de secano engorden el fruto.",
        "La abundancia ya se nota en los precios. El aceite de oliva virgen extra se paga en origen a 3,85 euros por kilo, frente a los 6,10 euros de hace un año. «Es un alivio para el consumidor, pero para muchos agricultores no cubre los costes», advirtió Manuel Ortega, presidente de la federación provincial de cooperativas.",
        "La campaña, que arrancó a mediados de noviembre, se prolongará hasta finales de febrero. Las organizaciones agrarias calculan que se firmarán unos 46.000 contratos temporales de jornaleros, doce mil más que el año pasado.",
        "La recuperación llega tras dos campañas muy difíciles. En la de 2023-2024, la sequía dejó la peor cosecha en tres décadas y los precios alcanzaron máximos históricos. Muchas familias redujeron entonces su consumo o se pasaron al aceite de girasol.",
        "Dos tercios del aceite que sale de la provincia se venden en otros países de la Unión Europea, sobre todo en Italia, donde se mezcla y se embotella. Los productores reclaman desde hace años más capacidad para envasar en origen y quedarse con una parte mayor del valor.",
        "La consejera de Agricultura, Pilar Navarrete, anunció una línea de ayudas de 14 millones de euros para modernizar almazaras e instalar sistemas de riego por goteo más eficientes. «No podemos depender cada año del cielo», afirmó.",
        "Las almazaras de la provincia, que suman 187, trabajan ya a pleno rendimiento. En algunas, los tractores esperan hasta tres horas para descargar la aceituna, y varias cooperativas han ampliado el horario de recepción hasta la medianoche.",
        "El aforo nacional se conocerá la próxima semana. Los analistas esperan que confirme una cosecha abundante en todo el país.",
    ],
)
