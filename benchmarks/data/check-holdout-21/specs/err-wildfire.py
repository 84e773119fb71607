SPEC = dict(
    lang="en", outlet="Sierra Ridge Record", domain="www.sierraridgerecord.example",
    path="/news/fire/cedar-hollow-fire-grows-evacuations-expand",
    title="Cedar Hollow fire grows to 18,600 acres as evacuations expand",
    published="2026-08-27T19:40:00-07:00", shown="Aug. 27, 2026 7:40 PM PT",
    author="Jolene Matsuda", section="Fire",
    paras=[
        "The Cedar Hollow fire, which broke out on Monday afternoon near the town of Pinecrest Flats, has burned 18,600 acres (about 7,530 hectares) and was 22% contained on Thursday evening, fire officials said.",
        "Evacuation orders now cover about 4,100 residents, after the county extended them on Thursday to the eastern edge of Alder Springs. Flames came within 2 miles (3.2 km) of the town overnight before crews held the line along a ridge road.",
        "At least 63 homes have been destroyed and 11 damaged, according to a preliminary survey. No deaths have been reported, but two firefighters were treated for heat exhaustion and a resident suffered minor burns while trying to save a barn.",
        "More than 1,250 firefighters and 14 helicopters are assigned to the fire. \"We made good progress on the western flank today, but the wind is the boss out here,\" said incident commander Ray Delgado.",
        "The National Weather Service has issued a red flag warning until 8 p.m. PT on Friday, with gusts of up to 45 mph expected in the afternoon and humidity falling into the single digits. Officials fear embers could jump the ridge road and threaten the reservoir that supplies Alder Springs with drinking water.",
        "The cause is under investigation. The regional utility, Sierra Valley Power, said it had reported a fault on a distribution line in the area about 20 minutes before the first 911 call, and that it was cooperating with investigators.",
        "The fire is the largest in the county since 2015, when the Mill Creek fire burned more than 30,000 acres over three weeks. Two evacuation centres, at Pinecrest Flats High School and the county fairgrounds, were housing about 380 people on Thursday night.",
        "Highway 41 remains closed between Pinecrest Flats and Alder Springs, and officials said it was unlikely to reopen before Sunday. Schools in the area will stay closed for the rest of the week.",
        "Residents can find updates on evacuation zones on the county's website and by calling the fire information line, which is staffed around the clock.",
    ],
)
