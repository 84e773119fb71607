SPEC = dict(
    lang="fr", outlet="La Tribune des Alpes", domain="www.tribunedesalpes.example",
    path="/environnement/2026/09/29/glacier-dent-noire-recul-record-84-metres",
    title="Le glacier de la Dent-Noire a reculé de 84 mètres, un record depuis le début des mesures",
    suffix=" | La Tribune des Alpes",
    published="2026-09-29T07:15:00+02:00", shown="Mardi 29 septembre 2026, 07 h 15",
    author="Bastien Rochat", section="Environnement",
    paras=[
        "Le glacier de la Dent-Noire a perdu 84 mètres de longueur au cours de l'année hydrologique écoulée, soit le recul le plus important jamais observé depuis le début des mesures en 1893. La moyenne de la dernière décennie s'établissait à 51 mètres par an.",
        "Ces chiffres ont été présentés lundi à 10 h par l'équipe de la glaciologue Noémie Favre-Bulle, qui suit le glacier depuis une douzaine d'années. Lors de la dernière campagne de mesures, il y a trois semaines, les chercheurs ont relevé les quatre-vingts balises plantées dans la glace au printemps.",
        "En moyenne, le glacier a perdu 2,6 mètres d'épaisseur de glace. « Sur la langue, à basse altitude, certaines balises sont simplement tombées : il n'y avait plus de glace pour les tenir », raconte Mme Favre-Bulle.",
        "La superficie du glacier n'est plus que de 11,3 km², contre 16,8 km² lors du premier relevé aérien en 1973. En un demi-siècle, il a ainsi perdu environ un tiers de sa surface. Le front du glacier se situe désormais à 2 410 mètres d'altitude.",
        "L'été a été marqué par une vague de chaleur exceptionnelle. Le 12 août, l'isotherme zéro degré a été mesuré à 5 240 mètres, un record pour la région. Les chutes de neige de l'hiver précédent, inférieures de près de 40 % à la normale, n'ont pas suffi à protéger la glace.",
        "La fonte a eu un effet inattendu : le barrage situé en aval a produit 412 gigawattheures d'électricité, 6 % de plus que la moyenne. « C'est un bénéfice à court terme qui cache une perte à long terme », prévient la glaciologue, car le débit diminuera fortement une fois le glacier réduit.",
        "Selon les modèles de l'équipe, le glacier pourrait avoir presque entièrement disparu d'ici la fin du siècle, même si les émissions mondiales diminuaient rapidement. Seules quelques plaques de glace subsisteraient à l'ombre des parois nord.",
        "La commune de Val-Morens, au pied du glacier, a déjà déplacé un sentier de randonnée devenu dangereux à cause des chutes de pierres. Trois cents randonneurs l'empruntaient chaque jour en été.",
        "Les chercheurs retourneront sur le glacier en mai pour installer de nouvelles balises et poursuivre une série de mesures qui compte parmi les plus longues au monde.",
    ],
)
