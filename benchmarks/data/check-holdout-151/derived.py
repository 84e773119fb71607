import datetime as d
J=d.timezone(d.timedelta(hours=9))
def tz(h): return d.timezone(d.timedelta(hours=h))
def wd(s): return d.date.fromisoformat(s).strftime('%a')
checks = {
 "chrono: Tue before Thu 13 Nov": wd("2025-11-11"),
 "chrono: 19:00 CET 11 Nov -> JST": d.datetime(2025,11,11,19,0,tzinfo=tz(1)).astimezone(J),
 "chrono: 198/212": 198/212, "chrono: 41.6/35.0-1": 41.6/35-1, "chrono: 41.6-35.0": 41.6-35, "chrono: 3.2-1.8": 3.2-1.8,
 "chrono: 2025-1958": 2025-1958, "chrono: 2025-1983": 2025-1983, "chrono: 212-198": 212-198,
 "jq: 1.84/1.71-1": 1.84/1.71-1, "jq: 18.4-17.1": 18.4-17.1, "jq: 118/312": 118/312, "jq: 4 Jan 2025": wd("2025-01-04"), "jq: 2025-1871": 2025-1871,
 "flag: Sat 6 Dec": wd("2025-12-06"), "flag: 10:00 EST -> JST": d.datetime(2025,12,6,10,tzinfo=tz(-5)).astimezone(J),
 "flag: 21500 sqft m2": 21500*0.09290304, "flag: 28F C": (28-32)*5/9, "flag: 48/15": 48/15, "flag: 2025-1994": 2025-1994, "flag: 9-4": 9-4,
 "price: Mon 3 Mar": wd("2025-03-03"), "price: 10400-9800": 10400-9800, "price: 10400/9800-1": 10400/9800-1, "price: 41200-38500": 41200-38500, "price: 41200/38500-1": 41200/38500-1,
 "dia: 1.46/1.9-1": 1.46/1.9-1, "dia: 1.21e6*148": 1.21e6*148, "dia: 110 mi km": 110*1.609344, "dia: 640 ac ha": 640*0.40468564, "dia: 1.9-1.46": 1.9-1.46,
 "resale: Wed before Thu 16 Oct": wd("2025-10-15"), "resale: 38/50": 38/50, "resale: 41-33": 41-33, "resale: 27.4-26.2": 27.4-26.2,
 "bag: Wed 4 Jun": wd("2025-06-04"), "bag: 14:00 PDT -> JST": d.datetime(2025,6,4,14,tzinfo=tz(-7)).astimezone(J), "bag: 412-376": 412-376, "bag: 412/376-1": 412/376-1, "bag: 88/96": 88/96,
 "fr1: Sat 27 Sep": wd("2025-09-27"), "fr1: 10:00 CEST -> JST": d.datetime(2025,9,27,10,tzinfo=tz(2)).astimezone(J), "fr1: 68-62": 68-62, "fr1: 2025-1902": 2025-1902,
 "fr2: Tue 22 Jul": wd("2025-07-22"), "fr2: 23.8-21.3": 23.8-21.3, "fr2: 380/7400": 380/7400, "fr2: 2.45-2.34": 2.45-2.34,
 "de: Wed 19 Nov": wd("2025-11-19"), "de: 11:00 MEZ -> JST": d.datetime(2025,11,19,11,tzinfo=tz(1)).astimezone(J), "de: 4.86e9/1.9e6": 4.86e9/1.9e6, "de: 18.5-16.9": 18.5-16.9, "de: 2025-1948": 2025-1948,
 "es: Tue 11 Feb": wd("2025-02-11"), "es: 19:00 -05 -> JST": d.datetime(2025,2,11,19,tzinfo=tz(-5)).astimezone(J), "es: 119/140": 119/140, "es: 1.85-1.2": 1.85-1.2, "es: 2025-1938": 2025-1938, "es: 140-119": 140-119,
 "ja: Mon 1 Dec": wd("2025-12-01"), "ja: 142/1.124": 142/1.124, "ja: 142-142/1.124": 142-142/1.124, "ja: 38/142": 38/142, "ja: 1800/1200": 1800/1200, "ja: Sun 1 Mar 2026": wd("2026-03-01"), "ja: 2025-1889": 2025-1889,
}
for k,v in checks.items(): print(f"{k}: {v}")
