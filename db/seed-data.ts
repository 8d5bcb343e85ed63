// The invented Swedish content of the demo region (Region Jönköpings län): places, units, people and phrasing.
import type { Audience, Format, Role, UnitKind } from "../app/domain/vocabulary";

/** The region the demo is set in: the footer names it when `npm start` runs the demo without REGION_NAME. */
export const DEMO_REGION_NAME = "Region Jönköpings län";

export const CARE_AREAS: { name: string; municipalities: string[] }[] = [
  { name: "Jönköping", municipalities: ["Jönköping", "Habo", "Mullsjö"] },
  { name: "Höglandet", municipalities: ["Aneby", "Eksjö", "Nässjö", "Sävsjö", "Tranås", "Vetlanda"] },
  { name: "Värnamo", municipalities: ["Gislaved", "Gnosjö", "Vaggeryd", "Värnamo"] },
];

/** Spelled exactly as in DESIGN.md, so imports and tests can refer to them by name. */
export const EXPERIENCE_AREAS = [
  "cancer", "psykisk ohälsa", "utmattning", "ångest och depression", "bipolär sjukdom", "beroende",
  "anhörig/närstående", "smärta", "kronisk sjukdom", "Parkinson", "hjärt- och lungsjukdom", "diabetes",
  "sorg efter nära anhörigs död", "ensamhet", "ofrivillig barnlöshet",
  "förälder till barn med stamning eller språkstörning", "klimakteriet", "långtidsarbetslöshet", "ekonomisk kris",
];

/** The demo areas' English names, shown on English pages and searchable ("anxiety" finds "ångest och depression"). */
export const EXPERIENCE_AREAS_EN: Record<string, string> = {
  cancer: "cancer",
  "psykisk ohälsa": "mental illness",
  utmattning: "burnout",
  "ångest och depression": "anxiety and depression",
  "bipolär sjukdom": "bipolar disorder",
  beroende: "addiction",
  "anhörig/närstående": "relative or next of kin",
  smärta: "pain",
  "kronisk sjukdom": "chronic illness",
  Parkinson: "Parkinson's disease",
  "hjärt- och lungsjukdom": "heart and lung disease",
  diabetes: "diabetes",
  "sorg efter nära anhörigs död": "grief after the death of a close relative",
  ensamhet: "loneliness",
  "ofrivillig barnlöshet": "involuntary childlessness",
  "förälder till barn med stamning eller språkstörning": "parent of a child who stutters or has a language disorder",
  klimakteriet: "menopause",
  långtidsarbetslöshet: "long-term unemployment",
  "ekonomisk kris": "financial crisis",
};

/** How an experience area reads inside a sentence ("Lärcafé om …"). */
export const AREA_TOPICS: Record<string, string> = {
  "anhörig/närstående": "att vara anhörig",
  "kronisk sjukdom": "att leva med kronisk sjukdom",
  Parkinson: "Parkinsons sjukdom",
  "sorg efter nära anhörigs död": "sorg efter en nära anhörigs död",
  "förälder till barn med stamning eller språkstörning": "barn med stamning och språkstörning",
  "ekonomisk kris": "ekonomisk kris och hälsa",
};

/** [name, municipality, kind, street address] */
export const CARE_UNITS: [string, string, UnitKind, string][] = [
  ["Vårdcentralen Huskvarna", "Jönköping", "primary_care", "Kungsgatan 14, Huskvarna"],
  ["Vårdcentralen Råslätt", "Jönköping", "primary_care", "Råslätts centrum 3, Jönköping"],
  ["Vårdcentralen Tenhult", "Jönköping", "primary_care", "Stationsvägen 6, Tenhult"],
  ["Psykiatriska kliniken, Länssjukhuset Ryhov", "Jönköping", "specialist_care", "Sjukhusgatan 1, Jönköping"],
  ["Onkologiska kliniken, Länssjukhuset Ryhov", "Jönköping", "specialist_care", "Sjukhusgatan 1, Jönköping"],
  ["Smärtrehabiliteringen, Länssjukhuset Ryhov", "Jönköping", "specialist_care", "Sjukhusgatan 1, Jönköping"],
  ["Beroendemottagningen Jönköping", "Jönköping", "specialist_care", "Västra Storgatan 22, Jönköping"],
  ["Hälsohögskolan, sjuksköterskeprogrammet", "Jönköping", "school", "Barnarpsgatan 39, Jönköping"],
  ["Hälsohögskolan, arbetsterapeutprogrammet", "Jönköping", "school", "Barnarpsgatan 39, Jönköping"],
  ["Socialtjänsten Jönköpings kommun, vuxenenheten", "Jönköping", "municipality", "Östra Storgatan 9, Jönköping"],
  ["Träffpunkt Öster, Jönköping", "Jönköping", "other", "Österlånggatan 41, Jönköping"],
  ["Vårdcentralen Habo", "Habo", "primary_care", "Jönköpingsvägen 12, Habo"],
  ["Hemtjänsten Habo kommun", "Habo", "municipality", "Torget 2, Habo"],
  ["Vårdcentralen Mullsjö", "Mullsjö", "primary_care", "Bangatan 5, Mullsjö"],
  ["Vårdcentralen Eksjö", "Eksjö", "primary_care", "Österlånggatan 7, Eksjö"],
  ["Medicinkliniken, Höglandssjukhuset Eksjö", "Eksjö", "specialist_care", "Västra Ringvägen 18, Eksjö"],
  ["Psykiatriska öppenvården Höglandet", "Eksjö", "specialist_care", "Västra Ringvägen 18, Eksjö"],
  ["Vårdcentralen Nässjö", "Nässjö", "primary_care", "Storgatan 30, Nässjö"],
  ["Hemtjänsten Nässjö kommun", "Nässjö", "municipality", "Rådhusgatan 4, Nässjö"],
  ["Vårdcentralen Tranås", "Tranås", "primary_care", "Ågatan 11, Tranås"],
  ["Äldreomsorgen Tranås kommun", "Tranås", "municipality", "Storgatan 28, Tranås"],
  ["Vårdcentralen Vetlanda", "Vetlanda", "primary_care", "Kyrkogatan 16, Vetlanda"],
  ["Vård- och omsorgscollege Höglandet", "Vetlanda", "school", "Skolgatan 3, Vetlanda"],
  ["Elevhälsan Sävsjö kommun", "Sävsjö", "municipality", "Djurgårdsgatan 8, Sävsjö"],
  ["Vårdcentralen Aneby", "Aneby", "primary_care", "Stockholmsvägen 19, Aneby"],
  ["Psykiatriska kliniken, Värnamo sjukhus", "Värnamo", "specialist_care", "Lasarettsgatan 4, Värnamo"],
  ["Vårdcentralen Värnamo", "Värnamo", "primary_care", "Jönköpingsvägen 2, Värnamo"],
  ["Vårdcentralen Gislaved", "Gislaved", "primary_care", "Järnvägsgatan 21, Gislaved"],
  ["Vård- och omsorgsprogrammet, Gymnasium Gislaved", "Gislaved", "school", "Skolgatan 10, Gislaved"],
  ["Hemtjänsten Gnosjö kommun", "Gnosjö", "municipality", "Storgatan 15, Gnosjö"],
  ["Vårdcentralen Vaggeryd", "Vaggeryd", "primary_care", "Jönköpingsvägen 40, Vaggeryd"],
  ["Mötesplats Skillingaryd, anhörigstöd", "Vaggeryd", "other", "Storgatan 55, Skillingaryd"],
];

/** Invented contact people at the care units, assigned round-robin. */
export const CONTACT_NAMES = [
  "Anna Kjellberg", "Per Brandt", "Lotta Sjödin", "Johanna Ekvall", "Mattias Rehn", "Cecilia Borg", "Ola Widén",
  "Karolina Ståhl", "Magnus Lilja", "Ylva Runesson", "Hampus Gran", "Tove Alm", "Jessica Ljunggren", "Erika Nord",
];

export type PersonState = "leftLastYear" | "leftThisYear" | "paused" | "newcomer" | "joinedThisYear";
/** A role's [title, first-person presentation]. */
type RoleText = [string, string];
export interface PersonSeed {
  first: string;
  last: string;
  alias?: string;
  languages?: string[];
  state?: PersonState;
  areas: string[];
  book?: RoleText;
  peer?: RoleText;
  storyteller?: RoleText;
}

/** The demo volunteer login (volontar@example.se) belongs to this person. */
export const DEMO_VOLUNTEER = "Camilla Strömberg";

export const PEOPLE: PersonSeed[] = [
  // Books who are also trained storytellers.
  { first: "Birgitta", last: "Sjöberg", alias: "Bibbi", areas: ["cancer"],
    book: ["Bröstcancer mitt i livet", "Jag var 46 år och mitt i ett hektiskt arbetsliv när jag fick beskedet. Jag berättar om väntan på provsvar, om cytostatikan och om hur det var att komma tillbaka till jobbet. Mest av allt vill jag prata om vad ett gott bemötande betydde för mig."],
    storyteller: ["Ett år jag inte valde", "En berättelse om året med bröstcancer, från det första samtalet till den sista strålbehandlingen. Jag har arbetat fram den i berättarutbildningen och framför den på ungefär 40 minuter, gärna följt av samtal."] },
  { first: "Lars-Erik", last: "Dahl", alias: "Lasse", areas: ["Parkinson", "kronisk sjukdom"],
    book: ["Att leva med Parkinson", "Jag fick min diagnos som 58-åring och har levt med sjukdomen i tio år. Jag berättar om hur vardagen har förändrats, om medicinernas upp- och nedgångar och om hur viktigt det är att bli lyssnad på."],
    storyteller: ["Darrande händer, stadig röst", "En berättelse om att förlora kontrollen över kroppen men behålla sig själv. Jag berättar om diagnosen, om min fru som blev min närstående och om vad vården kan lära av oss som lever med sjukdomen."] },
  { first: "Ingrid", last: "Wallin", areas: ["sorg efter nära anhörigs död", "anhörig/närstående", "cancer"],
    book: ["När min man dog i cancer", "Min man var sjuk i två år och dog hemma med stöd av det palliativa teamet. Jag berättar om att vara närstående under lång tid och om sorgen som kom efteråt. Jag pratar gärna med personal om samtalen i livets slutskede."],
    storyteller: ["Den sista sommaren", "En berättelse om vår sista sommar tillsammans, om trötthet, skratt och svåra beslut. Den väcker ofta samtal om hur vården kan stötta närstående före och efter ett dödsfall."] },
  { first: "Ahmed", last: "Karimi", languages: ["sv", "fa"], areas: ["ensamhet", "långtidsarbetslöshet"],
    book: ["Ny i Sverige och ensam", "Jag kom till Sverige 2015 och lärde mig svenska på två år. Jag berättar om ensamheten de första åren, om att söka arbete utan att få svar och om vad som till slut öppnade dörrar. Jag kan berätta på svenska eller persiska."],
    storyteller: ["Två språk, ett hem", "En berättelse om att bygga ett nytt liv på en liten ort i Småland. Den handlar om saknad, om grannar som blev vänner och om vad det betyder att bli sedd av vården."] },
  { first: "Ulla", last: "Fransson", state: "paused", areas: ["hjärt- och lungsjukdom"],
    book: ["Livet efter hjärtinfarkten", "Jag fick en hjärtinfarkt på väg till jobbet när jag var 52 år. Jag berättar om rädslan efteråt, om hjärtrehabiliteringen och om hur jag lärde mig att lita på kroppen igen."],
    storyteller: ["Hjärtat som stannade", "En berättelse om tjugo minuter som ändrade allt och om åren som följde. Jag berättar den gärna för personal inom akut- och hjärtsjukvård, följt av frågor."] },
  { first: "Marcus", last: "Ek", areas: ["beroende"],
    book: ["Tillbaka från alkoholberoende", "Jag drack mig igenom hela trettioårsåldern och förlorade både jobb och relationer. I dag har jag varit nykter i tretton år. Jag berättar om vad som fick mig att söka hjälp och om mötena med vården som gjorde skillnad."],
    storyteller: ["Tretton år nykter", "En berättelse om botten, om första dagen utan alkohol och om alla dagar efter. Jag berättar rakt och med värme, och den passar både personal och studenter."] },
  { first: "Helena", last: "Berglund", areas: ["ofrivillig barnlöshet"],
    book: ["Ofrivillig barnlöshet – sju år av försök", "Min man och jag försökte få barn i sju år, med flera IVF-behandlingar. Jag berättar om hoppet och förtvivlan, om att möta gravida vänner och om vad vården kan göra för att vi ska orka."],
    storyteller: ["Barnet som aldrig kom", "En berättelse om längtan, om en sorg som ingen ser och om hur vi till slut hittade ett annat liv än det vi hade planerat."] },
  { first: "Gunnar", last: "Thorén", areas: ["diabetes", "kronisk sjukdom"],
    book: ["Diabetes typ 1 i femtio år", "Jag fick diabetes som sjuåring, när sprutorna kokades på spisen. Jag berättar om hur behandlingen har förändrats och om att leva ett helt liv med en kronisk sjukdom. Jag tycker särskilt om att prata med studenter."],
    storyteller: ["Sockerbitar och sprutor", "En berättelse om en barndom och ett vuxenliv med diabetes, från 1970-talets sjukhussal till dagens sensorer. Den handlar om egenvård, om att bli trodd och om glädje."] },
  { first: "Sofia", last: "Almqvist", areas: ["förälder till barn med stamning eller språkstörning"],
    book: ["Mamma till en son som stammar", "Min son började stamma när han var tre år. Jag berättar om oron, om vägen till logopeden och om hur förskolan och skolan kan stötta. Jag möter gärna elevhälsa och barnhälsovård."],
    storyteller: ["Orden som fastnar", "En berättelse om min son och hans ord, och om en familj som lärde sig att vänta in. Den handlar om tålamod, om mod och om vuxna som lyssnar."] },
  { first: "Elsa", last: "Nordin", areas: ["smärta", "kronisk sjukdom"],
    book: ["Att leva med långvarig smärta", "Jag har haft ont varje dag i femton år efter en whiplashskada. Jag berättar om att inte bli trodd, om smärtrehabiliteringen och om strategierna som hjälper mig att leva ett meningsfullt liv."],
    storyteller: ["Smärtan ingen ser", "En berättelse om en osynlig sjukdom, om alla möten där jag kände mig misstrodd och de få där jag blev förstådd. Den passar personal inom primärvård och rehabilitering."] },
  { first: "Robert", last: "Lindahl", areas: ["sorg efter nära anhörigs död", "psykisk ohälsa"],
    book: ["Efter min dotters självmord", "Min dotter tog sitt liv när hon var 19 år. Jag berättar om tiden före, om sorgen efteråt och om vad jag önskar att vården hade frågat. Jag vill bidra till att fler vågar prata om självmord."],
    storyteller: ["Det som inte blev sagt", "En berättelse om en pappa och en dotter, om tecken som var svåra att se och om att leva vidare. Den följs gärna av samtal om suicidprevention."] },
  // Books, peers and storytellers.
  { first: "Jenny", last: "Hedlund", areas: ["psykisk ohälsa", "ångest och depression"],
    book: ["Från depression till arbete igen", "Jag var sjukskriven i två år för en djup depression. Jag berättar om behandlingen, om vad som hjälpte och om hur jag kom tillbaka till mitt arbete som lärare."],
    peer: ["Peer-stöd vid depression och ångest", "Som peer finns jag med i samtalsgrupper och på avdelning för att visa att återhämtning är möjlig. Jag delar mina egna erfarenheter och lyssnar utan att döma."],
    storyteller: ["Den långa vintern", "En berättelse om en depression som kom smygande och om vägen tillbaka till livet. Den passar bra som inledning på en temadag om psykisk hälsa."] },
  { first: "Tobias", last: "Engström", areas: ["bipolär sjukdom", "psykisk ohälsa"],
    book: ["Att leva med bipolär sjukdom", "Jag fick min diagnos som 24-åring efter flera år av toppar och dalar. I dag lever jag ett stabilt liv med familj och arbete. Jag berättar om vad som hjälpte och om vad som gjorde det svårare."],
    peer: ["Peer med egen erfarenhet av bipolär sjukdom", "Jag arbetar som peer i psykiatrisk öppenvård och i återhämtningsgrupper. Jag vet hur det är att vara patient och kan hjälpa till att minska avståndet mellan patient och personal."],
    storyteller: ["Mellan höjder och djup", "En berättelse om manier, depressioner och att hitta balans. Jag framför den med både allvar och humor, och den passar studenter och personal inom psykiatrin."] },
  // Books who are also peers.
  { first: "Camilla", last: "Strömberg", languages: ["sv", "en"], areas: ["utmattning", "ångest och depression"],
    book: ["Tillbaka efter utmattningssyndrom", "Jag gick in i väggen efter flera år med för hög arbetsbelastning som projektledare. Jag berättar om kraschen, om den långa rehabiliteringen och om hur jag i dag sätter gränser. Jag kan berätta på svenska eller engelska."],
    peer: ["Peer-stöd vid utmattning", "Som peer träffar jag personer som är sjukskrivna för utmattning, enskilt eller i grupp. Jag delar med mig av det som hjälpte mig och lyssnar in var den andra befinner sig."] },
  { first: "Daniel", last: "Axelsson", alias: "Danne", areas: ["beroende", "psykisk ohälsa"],
    book: ["Från missbruk till eget boende", "Jag levde i missbruk i femton år och var hemlös i perioder. Jag berättar om vägen ut, om mötena med socialtjänst och beroendevård och om vad som fick mig att stanna kvar i behandlingen."],
    peer: ["Peer inom beroendevården", "Som peer finns jag på beroendemottagningen och i samtalsgrupper. Jag vet hur det är att sitta på andra sidan bordet och kan ge hopp till den som står i början."] },
  { first: "Nadia", last: "Haddad", languages: ["sv", "ar"], areas: ["psykisk ohälsa", "ångest och depression"],
    book: ["Psykisk ohälsa i två kulturer", "Jag växte upp i Syrien och kom till Sverige som vuxen. Jag berättar om min depression och om hur skam och språk kan stå i vägen för att söka hjälp. Jag kan berätta på svenska och arabiska."],
    peer: ["Peer-stöd på svenska och arabiska", "Jag stöttar personer med arabiska som modersmål som möter psykiatrin. Jag förklarar, lyssnar och delar min egen väg till återhämtning."] },
  { first: "Fredrik", last: "Sundin", areas: ["psykisk ohälsa"],
    book: ["Att återhämta sig efter psykos", "Jag insjuknade i psykos när jag studerade på universitetet. Jag berättar om tiden på avdelningen, om medicineringen och om hur jag långsamt hittade tillbaka till ett eget liv."],
    peer: ["Peer med erfarenhet av psykos", "Som peer arbetar jag med personer i tidig psykos och deras närstående. Jag kan berätta hur det kändes inifrån och visa att det finns en väg framåt."] },
  { first: "Malin", last: "Öberg", areas: ["ångest och depression", "ensamhet"],
    book: ["Ung vuxen med social ångest", "I tonåren slutade jag gå till skolan för att ångesten tog över. Jag berättar om åren av isolering, om KBT och om små steg som blev stora. Jag möter gärna elevhälsa och ungdomsmottagningar."],
    peer: ["Peer för unga vuxna", "Jag träffar unga vuxna med ångest och ensamhet, ofta i grupp. Jag vet hur svårt det första steget är och försöker göra det lite lättare."] },
  { first: "Emma", last: "Lund", areas: ["psykisk ohälsa"],
    book: ["Att ta sig ur en ätstörning", "Jag var sjuk i anorexi i sju år, från det att jag var tretton. Jag berättar om vården, om familjens roll och om vad som till slut vände. I dag är jag frisk och arbetar som förskollärare."],
    peer: ["Peer-stöd vid ätstörning", "Som peer möter jag unga och deras föräldrar i ätstörningsvården. Jag delar min erfarenhet och påminner om att det går att bli frisk."] },
  { first: "Henrik", last: "Wikström", areas: ["utmattning", "långtidsarbetslöshet"],
    book: ["Utbränd chef", "Jag var chef för fyrtio personer när jag en morgon inte kunde ta mig ur bilen. Jag berättar om utmattningen, om att förlora jobbet och om hur jag byggde en ny yrkesidentitet."],
    peer: ["Peer i arbetslivsinriktad rehabilitering", "Jag stöttar personer som är på väg tillbaka till arbete efter lång sjukskrivning eller arbetslöshet. Jag vet hur det är att känna sig överflödig och hur det är att hitta tillbaka."] },
  { first: "Linnea", last: "Gustafsson", areas: ["anhörig/närstående", "psykisk ohälsa"],
    book: ["Anhörig till en bror med schizofreni", "Min storebror insjuknade när jag var femton. Jag berättar om att växa upp som syskon till någon med svår psykisk sjukdom och om vad jag hade behövt från vården."],
    peer: ["Peer för anhöriga inom psykiatrin", "Som peer möter jag anhöriga i anhöriggrupper och vid inskrivningar. Jag lyssnar, delar min egen erfarenhet och hjälper till att hitta rätt stöd."] },
  { first: "Patrik", last: "Holmberg", state: "leftThisYear", areas: ["beroende", "ekonomisk kris"],
    book: ["Spelberoende och skulder", "Under tio år spelade jag bort lön, sparpengar och lån. Jag berättar om skammen, om skulderna och om hur behandling och budgetrådgivning hjälpte mig ur det."],
    peer: ["Peer vid spelberoende", "Jag stöttar personer med spelproblem och deras närstående, enskilt och i grupp. Jag vet hur stark skammen är och att den går att prata om."] },
  { first: "Therese", last: "Blom", alias: "Tess", areas: ["bipolär sjukdom", "anhörig/närstående"],
    book: ["Mamma med bipolär sjukdom", "Jag har bipolär sjukdom och två barn i skolåldern. Jag berättar om föräldraskap under svåra perioder, om barnens frågor och om stödet som fungerade."],
    peer: ["Peer-stöd i föräldraskap och psykisk ohälsa", "Som peer möter jag föräldrar med psykisk ohälsa. Vi pratar om hur man kan vara en bra förälder även när man mår dåligt och om hur man pratar med barnen."] },
  // Books.
  { first: "Kerstin", last: "Ljung", areas: ["anhörig/närstående", "beroende"], book: ["Anhörig till en son med beroende", "Min son började med droger som sextonåring. Jag berättar om åren av oro, om mötena med socialtjänst och beroendevård och om hur jag lärde mig att ta hand om mig själv."] },
  { first: "Björn", last: "Falk", areas: ["cancer"], book: ["Prostatacancer – att prata om det ingen pratar om", "Jag fick prostatacancer när jag var 61 år. Jag berättar om operationen, om biverkningarna som ingen pratar om och om varför män behöver bli tillfrågade."] },
  { first: "Agneta", last: "Persson", areas: ["klimakteriet"], book: ["Klimakteriet – när kroppen ändrar regler", "Klimakteriet slog till med full kraft när jag var 48. Jag berättar om sömnlösa nätter, om att inte bli tagen på allvar och om behandlingen som till slut hjälpte."] },
  { first: "Mats", last: "Eriksson", state: "leftLastYear", areas: ["långtidsarbetslöshet", "psykisk ohälsa"], book: ["Sex år utan jobb", "Efter att fabriken lades ned var jag arbetslös i sex år. Jag berättar om hur självkänslan försvann, om depressionen som följde och om vägen tillbaka via arbetsträning."] },
  { first: "Yvonne", last: "Carlsson", areas: ["ekonomisk kris", "ensamhet"], book: ["När ekonomin rasade", "Efter skilsmässan satt jag ensam med skulder och två barn. Jag berättar om hur ekonomisk stress påverkar hälsan och om vad det betydde när någon i vården frågade hur jag hade det."] },
  { first: "Rasmus", last: "Hellström", areas: ["diabetes"], book: ["Ung med diabetes typ 1", "Jag fick diabetes när jag var tolv och är i dag 24 år. Jag berättar om tonårens uppror mot sjukdomen, om övergången till vuxenvården och om tekniken som gör livet enklare."] },
  { first: "Anneli", last: "Svensson", areas: ["cancer", "anhörig/närstående"], book: ["Mamma till ett barn med leukemi", "Vår dotter fick leukemi när hon var fyra år. Jag berättar om de två åren av behandling, om syskonen och om hur viktig kontinuiteten i vården var för oss."] },
  { first: "Leif", last: "Björk", state: "leftThisYear", areas: ["hjärt- och lungsjukdom"], book: ["Att leva med KOL", "Jag rökte i trettio år och fick KOL. Jag berättar om andnöden, om skammen över att själv ha orsakat sjukdomen och om hur fysisk träning gav mig livet tillbaka."] },
  { first: "Susanne", last: "Pettersson", areas: ["smärta", "kronisk sjukdom"], book: ["Fibromyalgi och arbetslivet", "Jag fick fibromyalgi i 35-årsåldern och har kämpat för att kunna fortsätta arbeta. Jag berättar om mötena med Försäkringskassan och vården och om anpassningarna som gjorde det möjligt."] },
  { first: "Hanna", last: "Jonsson", areas: ["ofrivillig barnlöshet"], book: ["Barnlös – och vad som hände sedan", "Efter fem års försök och tre IVF-behandlingar fick vi beskedet att vi inte skulle få egna barn. Jag berättar om sorgen, om parrelationen och om hur vi hittade ett nytt sammanhang."] },
  { first: "Samir", last: "Mansour", languages: ["sv", "ar"], areas: ["anhörig/närstående", "kronisk sjukdom"], book: ["Anhörig till en pappa med demens", "Min pappa fick Alzheimers sjukdom och bodde hos oss i tre år. Jag berättar om att vara anhörig i en familj där det är självklart att ta hand om sina föräldrar och om mötet med hemtjänsten. Jag kan berätta på svenska och arabiska."] },
  { first: "Åsa", last: "Lindberg", areas: ["utmattning"], book: ["Utmattningssyndrom – steg för steg tillbaka", "Jag är undersköterska och blev sjukskriven för utmattningssyndrom efter pandemin. Jag berättar om vad som ledde fram till det, om rehabiliteringen och om vad arbetsplatsen kunde ha gjort annorlunda."] },
  { first: "Roger", last: "Claesson", areas: ["beroende", "anhörig/närstående"], book: ["Pappa till en dotter med beroende", "Vår dotter fastnade i ett tablettberoende efter en idrottsskada. Jag berättar om hur det smög sig på, om att vara pappa i en kris och om samarbetet med vården."] },
  { first: "Maja", last: "Sjögren", areas: ["psykisk ohälsa", "ensamhet"], book: ["Ensam i studentlivet", "När jag flyttade för att plugga blev ensamheten så stor att jag slutade äta och sova. Jag berättar om hur studenthälsan hjälpte mig och om vad lärosäten kan göra."] },
  { first: "Göran", last: "Hjalmarsson", areas: ["cancer"], book: ["Tjocktarmscancer och stomi", "Jag opererades för tjocktarmscancer och lever i dag med stomi. Jag berättar om oron, om att vänja sig vid en ny kropp och om hur humor hjälpte mig igenom det."] },
  { first: "Lisbeth", last: "Norén", areas: ["Parkinson", "anhörig/närstående"], book: ["Anhörig till en make med Parkinson", "Min man har haft Parkinson i tolv år och jag är i dag den som vårdar honom mest. Jag berättar om hur relationen förändras och om vad anhöriga behöver för att orka."] },
  { first: "Erik", last: "Söderlund", areas: ["hjärt- och lungsjukdom"], book: ["Hjärtsvikt vid 45", "Jag trodde att tröttheten berodde på stress, men det var hjärtsvikt. Jag berättar om diagnosen, om att leva med pacemaker och om att vara småbarnsförälder med en hjärtsjukdom."] },
  { first: "Monica", last: "Westerberg", areas: ["klimakteriet", "utmattning"], book: ["Klimakteriet och jobbet", "Under klimakteriet blev jag så trött och glömsk att jag trodde att jag höll på att bli utbränd. Jag berättar om hur svårt det var att få rätt hjälp och om hur arbetsgivare kan stötta."] },
  { first: "Amina", last: "Warsame", state: "joinedThisYear", languages: ["sv", "so"], areas: ["förälder till barn med stamning eller språkstörning", "anhörig/närstående"], book: ["Mamma till ett barn med språkstörning", "Min dotter fick diagnosen språkstörning när hon var fem år. Jag berättar om hur det är att vara en flerspråkig familj i utredningar och om stödet från logopeden och förskolan. Jag kan berätta på svenska och somaliska."] },
  { first: "Jonas", last: "Lindgren", state: "paused", areas: ["ångest och depression"], book: ["Pappa med depression", "Jag blev deprimerad när vårt andra barn var nyfött. Jag berättar om att vara pappa och må dåligt, om att ingen frågade och om hur samtalsbehandling hjälpte mig."] },
  { first: "Marianne", last: "Hägg", areas: ["sorg efter nära anhörigs död"], book: ["När mitt barn dog", "Vår son dog i en olycka när han var 17 år. Jag berättar om de första timmarna på sjukhuset, om sorgen och om vad personalens ord har betytt för oss i efterhand."] },
  { first: "Oskar", last: "Nilsson", areas: ["kronisk sjukdom"], book: ["Att leva med Crohns sjukdom", "Jag fick Crohns sjukdom som nittonåring. Jag berättar om skov och operationer och om att leva ett aktivt liv med en sjukdom som inte syns utanpå."] },
  { first: "Pia", last: "Rydén", areas: ["diabetes", "kronisk sjukdom"], book: ["Diabetes typ 2 – ett liv med förändringar", "Jag fick diabetes typ 2 vid 50 och kände mig först skuldbelagd. Jag berättar om hur jag ändrade kost och vanor och om hur diabetessköterskans bemötande gjorde skillnad."] },
  { first: "Stefan", last: "Ahlgren", areas: ["ekonomisk kris", "långtidsarbetslöshet"], book: ["Från konkurs till nystart", "Mitt företag gick i konkurs och jag förlorade huset. Jag berättar om hur den ekonomiska krisen påverkade min hälsa och min familj och om hur jag tog mig vidare."] },
  { first: "Elin", last: "Bäckström", state: "newcomer", areas: ["cancer"], book: ["Ung och cancersjuk", "Jag fick lymfom när jag var 23 år, mitt i studierna. Jag berättar om hur det är att vara ung i en vård som är byggd för äldre och om fertilitet, vänner och framtidsplaner."] },
  { first: "Tomas", last: "Wennberg", state: "leftLastYear", areas: ["smärta"], book: ["Ryggsmärta och sjukskrivning", "Efter ett diskbråck var jag sjukskriven i två år. Jag berättar om smärtan, om väntan på operation och om hur arbetsträningen fick mig tillbaka."] },
  { first: "Josefin", last: "Lager", areas: ["ofrivillig barnlöshet", "sorg efter nära anhörigs död"], book: ["Missfall och sorg", "Jag har haft fyra missfall. Jag berättar om en sorg som ofta inte får plats, om mötena på gynakuten och om vad som hjälpte mig och min partner."] },
  { first: "Bengt", last: "Olofsson", areas: ["hjärt- och lungsjukdom", "kronisk sjukdom"], book: ["Lungfibros – att leva med syrgas", "Jag har lungfibros och lever med syrgas dygnet runt. Jag berättar om hur livet har krympt och om allt som fortfarande är möjligt med rätt stöd."] },
  { first: "Eva-Lena", last: "Granath", areas: ["anhörig/närstående", "bipolär sjukdom"], book: ["Hustru till en man med bipolär sjukdom", "Min man har bipolär sjukdom och vi har varit gifta i trettio år. Jag berättar om att vara anhörig under skov, om tvångsvård och om hur vi hittade ett samarbete med psykiatrin."] },
  { first: "Ali", last: "Rezaei", languages: ["sv", "fa"], areas: ["psykisk ohälsa", "ångest och depression"], book: ["Trauma och flykt", "Jag flydde från Afghanistan som sextonåring och kom ensam till Sverige. Jag berättar om traumat, om mardrömmarna och om hur en god man och en psykolog hjälpte mig. Jag kan berätta på svenska och persiska."] },
  { first: "Katarina", last: "Ström", areas: ["anhörig/närstående", "cancer"], book: ["Dotter till en mamma med cancer", "Min mamma hade cancer i fyra år och jag var den som följde med på besöken. Jag berättar om att vara vuxet barn och närstående och om hur vi fick vara delaktiga."] },
  { first: "Niklas", last: "Bergqvist", state: "joinedThisYear", areas: ["förälder till barn med stamning eller språkstörning"], book: ["Pappa till en dotter som stammar", "Vår dotter stammar och har gått hos logopeden sedan förskolan. Jag berättar om att som förälder vilja fixa allt och om att lära sig att ge tid."] },
  { first: "Sanna", last: "Mattsson", state: "newcomer", areas: ["ångest och depression"], book: ["Förlossningsdepression", "Efter mitt första barn blev jag djupt deprimerad men vågade inte säga något. Jag berättar om tystnaden, om screeningen på barnavårdscentralen som fångade mig och om vägen tillbaka."] },
  { first: "Ulf", last: "Hammar", areas: ["ensamhet", "sorg efter nära anhörigs död"], book: ["Änkeman och ensam", "När min fru dog efter femtio år tillsammans blev tystnaden i huset öronbedövande. Jag berättar om ensamheten, om att be om hjälp och om mötesplatserna som blev min räddning."] },
  { first: "Gunilla", last: "Rosén", areas: ["diabetes", "hjärt- och lungsjukdom"], book: ["Diabetes och hjärtoperation", "Jag har haft diabetes i tjugo år och genomgick en bypassoperation för tre år sedan. Jag berättar om hur sjukdomarna hänger ihop och om hur viktigt det är att vården samarbetar."] },
  { first: "Viktor", last: "Holmqvist", state: "newcomer", areas: ["psykisk ohälsa"], book: ["Vuxen med adhd", "Jag fick min adhd-diagnos först när jag var 32 år. Jag berättar om åren innan, om misslyckanden i skolan och på jobbet och om hur diagnosen gav mig en förklaring och verktyg."] },
  { first: "Lina", last: "Kovačević", state: "joinedThisYear", languages: ["sv", "bs"], areas: ["kronisk sjukdom"], book: ["Att få MS som 30-åring", "Jag fick beskedet att jag har MS samma månad som jag fyllde trettio. Jag berättar om osäkerheten, om behandlingen och om att planera ett liv med en sjukdom som går i skov. Jag kan berätta på svenska och bosniska."] },
  // Peers.
  { first: "Simon", last: "Berg", areas: ["psykisk ohälsa"], peer: ["Peer i psykiatrisk heldygnsvård", "Jag har själv vårdats inneliggande flera gånger och arbetar i dag som peer på avdelning. Jag finns där för samtal, för att förklara och för att visa att det finns ett liv efteråt."] },
  { first: "Frida", last: "Lindström", areas: ["psykisk ohälsa", "ångest och depression"], peer: ["Peer med erfarenhet av självskadebeteende", "Under tonåren skadade jag mig själv i flera år. Som peer möter jag unga och personal och pratar om vad som hjälpte mig att sluta och om bemötande som gör skillnad."] },
  { first: "Kristoffer", last: "Nyberg", alias: "Kris", areas: ["beroende", "psykisk ohälsa"], peer: ["Peer inom beroende och psykiatri", "Jag har erfarenhet av både beroende och depression. Som peer leder jag samtalsgrupper och följer med på besök när någon behöver stöd."] },
  { first: "Ida", last: "Sandström", areas: ["ångest och depression"], peer: ["Peer för unga med ångest", "Jag hade panikångest under gymnasiet och fick hjälp genom barn- och ungdomspsykiatrin. I dag träffar jag unga som peer, ofta tillsammans med elevhälsan."] },
  { first: "Martin", last: "Åkesson", state: "paused", areas: ["psykisk ohälsa", "bipolär sjukdom"], peer: ["Peer med erfarenhet av tvångsvård", "Jag har vårdats enligt LPT vid flera tillfällen. Som peer bidrar jag i förbättringsarbete och i samtal med patienter om rättigheter och delaktighet."] },
  { first: "Rebecka", last: "Forslund", areas: ["utmattning", "ångest och depression"], peer: ["Peer-stöd vid utmattning och depression", "Jag har varit sjukskriven för utmattning och depression i omgångar. Som peer leder jag återhämtningsgrupper på vårdcentraler och delar verktyg som har hjälpt mig."] },
  { first: "Joakim", last: "Dahlberg", areas: ["psykisk ohälsa"], peer: ["Peer inom öppenpsykiatrin", "Jag lever med schizoaffektivt syndrom och har gått i öppenvård i många år. Som peer hjälper jag nya patienter att hitta rätt och förstå vården."] },
  { first: "Matilda", last: "Franzén", areas: ["psykisk ohälsa", "ångest och depression"], peer: ["Peer med erfarenhet av ätstörning och ångest", "Jag har varit sjuk i bulimi och ångest och är i dag frisk. Som peer möter jag patienter i grupp och enskilt och medverkar i utbildningar för personal."] },
  { first: "Hassan", last: "Jaber", languages: ["sv", "ar"], areas: ["psykisk ohälsa", "ångest och depression"], peer: ["Peer-stöd på arabiska och svenska", "Jag har egen erfarenhet av PTSD och depression efter flykten från Irak. Som peer stöttar jag arabisktalande patienter och hjälper till att bygga förtroende för vården."] },
  { first: "Anton", last: "Vikström", state: "leftLastYear", areas: ["beroende", "ekonomisk kris"], peer: ["Peer vid beroende och hemlöshet", "Jag har levt på gatan och i missbruk i många år. Som peer möter jag personer i samma situation, på härbärgen och mottagningar, och hjälper dem att ta kontakt med vården."] },
  { first: "Louise", last: "Ekberg", areas: ["bipolär sjukdom"], peer: ["Peer med erfarenhet av bipolär sjukdom", "Jag fick diagnosen bipolär sjukdom typ 2 när jag var 30. Som peer medverkar jag i psykopedagogiska grupper och delar hur jag har lärt mig känna igen tidiga tecken."] },
  { first: "Jimmy", last: "Karlberg", state: "joinedThisYear", areas: ["långtidsarbetslöshet", "psykisk ohälsa"], peer: ["Peer i rehabilitering och sysselsättning", "Efter många år av arbetslöshet och psykisk ohälsa fick jag ett jobb med stöd av IPS-metoden. Som peer stöttar jag andra som vill tillbaka till arbete eller studier."] },
  { first: "Nora", last: "Selin", state: "joinedThisYear", areas: ["ångest och depression", "ensamhet"], peer: ["Peer vid ångest och ensamhet", "Jag har levt med ångest och långa perioder av ensamhet. Som peer leder jag samtalsgrupper och vill visa att det går att bygga nya sammanhang."] },
];

/** Request titles; {topic} is replaced by the area's topic. Book titles follow the request's format. */
export const BOOK_TITLES: Record<Format, string[]> = {
  lecture: ["Föreläsning för personal om {topic}", "Gästföreläsning om {topic}"],
  conversation: ["Lärcafé om {topic}", "Samtal på arbetsplatsträffen om {topic}"],
  workshop: ["Workshop om bemötande vid {topic}"],
  education: ["Utbildningsdag om {topic}", "Introduktion för nyanställda: {topic}"],
  improvement_work: ["Patientens röst i förbättringsarbetet om {topic}"],
  patient_meeting: ["Patientgrupp om {topic}", "Träff för närstående om {topic}"],
};
export const PEER_TITLES: Record<Format, string> = {
  lecture: "Peer berättar på arbetsplatsträffen",
  conversation: "Peer-samtal på avdelningen",
  workshop: "Peer i återhämtningsworkshop",
  education: "Peer-medverkan i patientutbildning",
  improvement_work: "Peer i förbättringsarbete om delaktighet",
  patient_meeting: "Peer-stöd i samtalsgrupp",
};
export const STORYTELLER_TITLES = ["Berättelse på temadag om {topic}", "Berättarstund på personaldagen", "Berättelse för studenter om {topic}"];
export const ROLE_FORMATS: Record<Role, Format[]> = {
  book: ["lecture", "conversation", "workshop", "education", "improvement_work", "patient_meeting"],
  peer: ["conversation", "patient_meeting", "workshop", "education", "improvement_work"],
  storyteller: ["lecture", "education"],
};

export const PURPOSES: Record<Audience, string[]> = {
  staff: [
    "Vi vill att personalen får höra hur det är att leva med {topic} och diskutera vårt bemötande.",
    "Som en del av vår kompetensutveckling vill vi få patientens perspektiv på {topic}.",
  ],
  patients: ["Vi vill ge våra patienter möjlighet att möta någon med egen erfarenhet av {topic}."],
  relatives: ["Vi bjuder in närstående till en träff och vill att någon med egen erfarenhet av {topic} medverkar."],
  students: ["Studenterna läser om {topic} och behöver möta erfarenheten inifrån."],
};

export const DECLINE_REASONS = [
  "Jag är bortrest den veckan.",
  "Tiden krockar med mitt arbete.",
  "Jag orkar inte just nu, fråga gärna senare.",
  "Det är för långt att resa för mig.",
  "Jag har redan två uppdrag den månaden.",
];
export const CANCEL_REASONS = [
  "Enheten ställde in utbildningsdagen.",
  "Volontären blev sjuk.",
  "För få anmälda deltagare.",
  "Lokalen gick inte att använda.",
];
export const UNFILLED_REASONS: [status: "cancelled" | "withdrawn", reason: string][] = [
  ["cancelled", "Ingen tillgänglig person på de föreslagna tiderna."],
  ["withdrawn", "Enheten drog tillbaka förfrågan."],
];
export const NO_SHOW_REASON = "Volontären uteblev utan att höra av sig.";
export const UNIT_COMMENTS = [
  "Mycket uppskattat av personalen, många frågor efteråt.",
  "Starkt och personligt berättat. Vi bokar gärna igen.",
  "Gav oss nya perspektiv på vårt bemötande.",
  "Bra upplägg, men lite kort tid för frågor.",
  "Studenterna pratade om det hela veckan.",
];
export const VOLUNTEER_COMMENTS = [
  "Trevligt mottagande och engagerade deltagare.",
  "Bra frågor, men lokalen var svår att hitta.",
  "Kändes meningsfullt att få berätta.",
  "Lite stressigt schema, men bra samtal.",
];
