# Narration scripts for the example clips.
# Danish: key points taken from content/guides/da/<slug>.mdx (no phone numbers,
# addresses or opening hours). Greenlandic: DRAFT translation, mostly reusing
# phrasing from content/guides/kl/<slug>.mdx (netvaerk-og-fritid has no kl guide;
# its kl title is the site's theme label "Attaveqatigiinneq sunngiffillu").

CLIPS = [
    {
        "slug": "akut-hjaelp",
        "title_da": "Akut hjælp, når du er i krise",
        "da": [
            "Dette er en eksempelvideo. Den handler om akut hjælp, når du er i krise.",
            "Den Sociale Skadestue hjælper, hvis du er i krise, og du kan være anonym.",
            "Har du ingen penge, så kontakt kommunen om kontanthjælp.",
            "Kom tidligt. Det er lettere at få hjælp, før problemet bliver stort.",
        ],
        "kl": [
            "Una video assersuutaavoq. Ajornartorsiorguit ikiorneqarnissaq pilertortoq pillugu.",
            "Den Sociale Skadestue ajornartorsiorguit ikiuisarpoq, atillu oqaatiginngisinnaavat.",
            "Aningaaseqanngikkuit, kommuni kontanthjælp pillugu attavigiuk.",
            "Siusissukkut aggerit. Ajornartorsiorneq annertuleqqinnagu ikiorneqarnissaq oqinnerusarpoq.",
        ],
    },
    {
        "slug": "boern-og-skole",
        "title_da": "Børn, dagtilbud og skole",
        "da": [
            "Dette er en eksempelvideo. Den handler om børn, dagtilbud og skole.",
            "Meld først flytning for hele familien, og spørg så kommunen om en plads.",
            "Taler I grønlandsk derhjemme, skal kommunen tilbyde dit barn modersmålsundervisning.",
            "Der skal 12 børn til et hold. Derfor tæller hver forælder, der spørger.",
        ],
        "kl": [
            "Una video assersuutaavoq. Meeqqat, dagtilbud atuarfillu pillugit.",
            "Siullermik ilaqutariit tamarmik nuunnerat nalunaarutigiuk, taava kommuni inissamik aperiuk.",
            "Angerlarsimaffissinni kalaallisut oqaluttarpisi? Taava kommunip meerartit modersmålsundervisning-imik neqeroorfigisussaavaa.",
            "Eqimattamut meeqqat 12 pisariaqarput. Taamaammat angajoqqaat aperisut tamarmik pingaaruteqarput.",
        ],
    },
    {
        "slug": "bolig",
        "title_da": "Bolig i Aalborg",
        "da": [
            "Dette er en eksempelvideo. Den handler om bolig i Aalborg.",
            "Det er svært at finde en bolig, så prøv at have en på plads, før du flytter.",
            "Boligstøtte er penge til din husleje, og den udbetales af Udbetaling Danmark.",
            "Har du ikke et sted at bo, så få hjælp med det samme.",
        ],
        "kl": [
            "Una video assersuutaavoq. Aalborgimi ineqarneq pillugu.",
            "Inissarsiorneq ajornakusoorpoq. Taamaammat nuutsinnak inissaqareernissat misiliguk.",
            "Inimut tapiissut (boligstøtte) inimut akiliutinnik akiliinissannut ikiorsinnaavoq. Udbetaling Danmark-ip akilertarpaa.",
            "Inissaqanngilatit? Taava erngertumik ikiorneqarit.",
        ],
    },
    {
        "slug": "danskundervisning",
        "title_da": "Lær dansk – hvad kan du få?",
        "da": [
            "Dette er en eksempelvideo. Den handler om at lære dansk.",
            "Som grønlænder har du ikke automatisk ret til de samme danskkurser som indvandrere.",
            "FVU er undervisning for voksne, og den er gratis.",
            "Spørg Sprogcenter Aalborg eller jobcentret, hvad du kan få.",
        ],
        "kl": [
            "Una video assersuutaavoq. Qallunaatut ilinniarneq pillugu.",
            "Kalaaliusutit qallunaatut pikkorissarnernut indvandrerinut neqeroorutigineqartunut nammineerluni pisinnaatitaanngilatit.",
            "FVU tassaavoq inersimasunut ilinniartitsineq, akeqanngilarlu.",
            "Sprogcenter Aalborg imaluunniit jobcenter aperiuk, suut pisinnaanerlugit.",
        ],
    },
    {
        "slug": "digital-post",
        "title_da": "Digital Post",
        "da": [
            "Dette er en eksempelvideo. Den handler om Digital Post.",
            "Digital Post er breve fra det offentlige. Brevene kan være vigtige, så læs din post ofte.",
            "Har du svært ved sproget, er du hjemløs, eller har du ingen computer, så spørg Borgerservice om fritagelse.",
            "Du kan give en person, du stoler på, lov til at læse din Digital Post.",
        ],
        "kl": [
            "Una video assersuutaavoq. Digital Post pillugu.",
            "Digital Post tassaavoq pisortanit allakkat. Allakkat pingaaruteqarsinnaapput, taamaammat akulikitsumik atuartarkit.",
            "Oqaatsitigut ajornartorsiuteqaruit, angerlarsimaffeqanngikkuit imaluunniit qarasaasiaqanngikkuit, Borgerservice-mi fritagelse pillugu aperigit.",
            "Inuk tatigisat Digital Post-innik atuarsinnaatissinnaavat.",
        ],
    },
    {
        "slug": "flytning-og-cpr",
        "title_da": "Meld flytning og få dit CPR-nummer",
        "da": [
            "Dette er en eksempelvideo. Den handler om flytning og CPR-nummer.",
            "Du skal melde flytning til din nye kommune senest 5 dage efter, at du er flyttet.",
            "Har du et CPR-nummer fra Grønland, beholder du det.",
            "Når du er registreret, får du et sundhedskort med posten.",
        ],
        "kl": [
            "Una video assersuutaavoq. Nuunneq CPR-normulu pillugit.",
            "Nuunnerit kommunimut nutaamut nalunaarutigissavat, kingusinnerpaamik ulluni 5-ini nuunnerit kingorna.",
            "Kalaallit Nunaanni CPR-normoqaraanni, normu taanna pigiinnassavat.",
            "Nalunaarsorneqareeruit peqqinnissamut allagartat allakkatigut nassiunneqassaaq.",
        ],
    },
    {
        "slug": "jobcenter-og-kontanthjaelp",
        "title_da": "Jobcenter og kontanthjælp",
        "da": [
            "Dette er en eksempelvideo. Den handler om jobcenter og kontanthjælp.",
            "I Aalborg har Job- og Integrationshuset rådgivere med særlig viden om grønlændere.",
            "Til kravet om ophold tæller den tid med, hvor du har haft en registreret adresse i Grønland.",
            "Du kan bede om en tolk til møder med kommunen. Sig det i god tid før mødet.",
        ],
        "kl": [
            "Una video assersuutaavoq. Jobcenter ikiorsiissullu pillugit.",
            "Aalborgimi Job- og Integrationshuset-imi siunnersortit kalaallinik immikkut ilisimasallit sulipput.",
            "Najugaqarsimanermut piumasaqaammi piffissaq Kalaallit Nunaanni najugaqarfimmik nalunaarsorsimaffiit ilanngullugu naatsorsorneqartarpoq.",
            "Kommunimi ataatsimiinnernut oqalutsimik noqqaasinnaavutit. Ataatsimiinnissap siornatigut piffissaqarluartumik oqaatigiuk.",
        ],
    },
    {
        "slug": "mitid",
        "title_da": "MitID – dit digitale ID",
        "da": [
            "Dette er en eksempelvideo. Den handler om MitID.",
            "MitID er dit digitale ID, og det bruges både i Grønland og i Danmark.",
            "Har du ikke MitID, kan du få det hos Borgerservice i Aalborg.",
            "MitID-support taler kun dansk. Det Grønlandske Hus kan hjælpe dig på grønlandsk.",
        ],
        "kl": [
            "Una video assersuutaavoq. MitID pillugu.",
            "MitID tassaavoq kinaassutsimut uppernarsaatit digitaliusoq. Kalaallit Nunaanni Danmarkimilu atorneqarpoq.",
            "MitID-qanngikkuit Aalborgimi Borgerservice-mi pissarsiarisinnaavat.",
            "MitID-imi ikiuisartut qallunaatut kisimi oqaluttarput. Kalaallit Illuutaanni kalaallisut ikiorneqarsinnaavutit.",
        ],
    },
    {
        "slug": "nemkonto-og-skat",
        "title_da": "NemKonto og skat",
        "da": [
            "Dette er en eksempelvideo. Den handler om NemKonto og skat.",
            "Alle penge fra det offentlige går til din NemKonto.",
            "Du skal have et CPR-nummer for at åbne en bankkonto.",
            "Skattekortet viser, hvor meget skat du skal betale. Du får det fra Skattestyrelsen.",
        ],
        "kl": [
            "Una video assersuutaavoq. NemKonto akileraarutillu pillugit.",
            "Pisortanit aningaasat tamarmik NemKonto-nnut ikineqartarput.",
            "Aningaaserivimmi kontomik ammaaniaruit CPR-normoqartariaqarputit.",
            "Skattekort-imi takuneqarsinnaavoq akileraarutit qanoq annertutigisut akilissanerigit. Skattestyrelsen-imit pissarsiarissavat.",
        ],
    },
    {
        "slug": "netvaerk-og-fritid",
        "title_da": "Netværk og fritid",
        "title_kl": "Attaveqatigiinneq sunngiffillu",
        "da": [
            "Dette er en eksempelvideo. Den handler om netværk og fritid.",
            "Det Grønlandske Hus i Aalborg er et mødested for grønlændere.",
            "Den 21. juni er Grønlands nationaldag. I Aalborg bliver den som regel fejret i Aalborg Zoo.",
            "Aalborg er den by i Danmark, der har flest grønlændere i forhold til, hvor mange der bor i byen.",
        ],
        "kl": [
            "Una video assersuutaavoq. Attaveqatigiinneq sunngiffillu pillugit.",
            "Kalaallit Illuutaat Aalborgimiittoq kalaallinut naapiffiuvoq.",
            "Juunip 21-at Kalaallit Nunaata inuiaat ulluat. Aalborgimi nalinginnaasumik Aalborg Zoo-mi nalliuttorsiortoqartarpoq.",
            "Danmarkimi illoqarfinni Aalborgimi kalaallit amerlanerpaapput, illoqarfimmi najugallit amerlassusaannut naleqqiullugit.",
        ],
    },
    {
        "slug": "sundhedskort-og-laege",
        "title_da": "Sundhedskort og læge",
        "da": [
            "Dette er en eksempelvideo. Den handler om sundhedskort og læge.",
            "Når du er registreret i CPR, får du et gult sundhedskort med posten.",
            "I gruppe 1 har du en fast læge, og det er gratis at gå til din læge.",
            "Grønlandsk tolk hos lægen er gratis. Bed om en tolk, når du bestiller tid.",
        ],
        "kl": [
            "Una video assersuutaavoq. Peqqinnissamut allagartaq nakorsarlu pillugit.",
            "CPR-imi nalunaarsorneqareeruit peqqinnissamut allagartaq sungaartoq allakkatigut nassiunneqassaaq.",
            "Gruppe 1-imi nakorsamik aalajangersimasumik nakorsaqarputit, nakorsannullu ornigunneq akeqanngilaq.",
            "Nakorsami oqalutsi kalaallisut akeqanngilaq. Nakorsamut piffissamik inniminniigaangavit oqalutsimik noqqaagit.",
        ],
    },
    {
        "slug": "tolk",
        "title_da": "Tolk hos lægen og kommunen",
        "da": [
            "Dette er en eksempelvideo. Den handler om tolk hos lægen og kommunen.",
            "En grønlandsk tolk hos lægen er gratis, også selv om du har boet i Danmark længe.",
            "Hos kommunen skal du selv bede din sagsbehandler om en tolk før mødet.",
            "Det kan tage flere dage at skaffe en tolk, så spørg i god tid.",
        ],
        "kl": [
            "Una video assersuutaavoq. Nakorsami kommunimilu oqalutsi pillugu.",
            "Nakorsami kalaallisut oqalutsi akeqanngilaq, sivisuumik maani najugaqarsimagaluaruilluunniit.",
            "Kommunimi ataatsimiinnissap siornagut suliarinnittut nammineq oqalutsimik aperissavat.",
            "Oqalutsimik pissarsineq ullunik arlalinnik sivisussuseqarsinnaavoq. Taamaammat siusissukkut aperigit.",
        ],
    },
    {
        "slug": "uddannelse-og-su",
        "title_da": "Uddannelse, grønlandsk uddannelsesstøtte og SU",
        "da": [
            "Dette er en eksempelvideo. Den handler om uddannelse og SU.",
            "Vil du tage en uddannelse i Danmark, kan du søge grønlandsk uddannelsesstøtte eller dansk SU.",
            "I Aalborg står Det Grønlandske Hus for den grønlandske støtte på vegne af Naalakkersuisut.",
            "Reglerne for støtte kan ændre sig, så spørg, før du søger.",
        ],
        "kl": [
            "Una video assersuutaavoq. Ilinniarneq SU-lu pillugit.",
            "Danmarkimi ilinniagaqarniaruit, kalaallit ilinniarnermut tapiissutaannut imaluunniit SU-mut qinnuteqarsinnaavutit.",
            "Aalborgimi Kalaallit Illuutaat Naalakkersuisut sinnerlugit kalaallit tapiissutaannik isumaginnittarput.",
            "Tapiissutinut maleruagassat allanngorsinnaapput. Taamaammat qinnuteqannginninni aperigit.",
        ],
    },
]

# Clips for later guides live one per file in clips/<slug>.json ({"slug", "title_da", "da": [...], "kl": [...]}),
# so people writing different guides never edit the same file.
import glob as _glob, json as _json, os as _os

for _path in sorted(_glob.glob(_os.path.join(_os.path.dirname(_os.path.abspath(__file__)), 'clips', '*.json'))):
    with open(_path, encoding='utf-8') as _f:
        CLIPS.append(_json.load(_f))
