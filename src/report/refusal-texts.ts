import type { ReportRefusal } from '../domain/report-error.js';
import type { ReportLanguage } from '../domain/report-model.js';

/** Why a report was refused, in the report language, with what to do about it. */
export function refusalText(refusal: ReportRefusal, language: ReportLanguage): string {
    return language === 'en' ? english(refusal) : dutch(refusal);
}

function dutch(refusal: ReportRefusal): string {
    switch (refusal.kind) {
        case 'no-scale':
            return `Model ${refusal.model.name} versie ${refusal.model.version} heeft geen schaal, dus er valt niets te rapporteren. Voeg een schaal toe aan het model.`;
        case 'invalid-scale':
            return `De schaal ${refusal.scale} (${refusal.min}..${refusal.max}) van model ${refusal.model.name} versie ${refusal.model.version} is ongeldig: `
                + `een schaal heeft hoogstens ${refusal.maxPoints} punten. Herstel het model eerst.`;
        case 'mixed-models':
            return `Een vergelijking zet alleen scans van één model naast elkaar, maar deze scans gebruiken verschillende modellen: `
                + `${refusal.models.map(m => `${m.name} (${m.regions.join(', ')})`).join('; ')}. `
                + `Hun rollen en schalen betekenen niet hetzelfde; maak per model een eigen vergelijking.`;
        case 'mixed-scales':
            return `De versies van ${refusal.model} in deze vergelijking hebben verschillende schalen, dus hun scores zijn niet te vergelijken: `
                + `${refusal.scales.map(s => `${s.name} ${s.min}..${s.max} (versie ${s.versions.join(', ')})`).join('; ')}. `
                + `Vergelijk alleen scans van versies met dezelfde schaal.`;
        case 'mixed-scale-rules':
            return `De versies van ${refusal.model} in deze vergelijking leggen verschillende regels voor de schaal vast (zwak, onenigheid, afronding of standaarddeviatie): `
                + `versie ${refusal.versionGroups.map(group => group.join(', ')).join(' tegenover ')}. `
                + `Een vergelijking zou hun cijfers verschillend lezen; vergelijk per versie, of geef de versies dezelfde regels.`;
        case 'too-few-regions':
            return `Een anonieme vergelijking vraagt ten minste ${refusal.minimum} regio's, zodat geen uitkomst tot één regio te herleiden is; `
                + `er ${refusal.given === 1 ? 'is' : 'zijn'} ${refusal.given} gegeven (elke regio telt één keer, met haar laatste scan). `
                + `Voeg regioscans van andere regio's toe.`;
        case 'no-rounding':
            return `Model ${refusal.model} legt niet vast hoe een gemiddelde naar een schaalpunt wordt afgerond, en de anonieme vergelijking telt regio's per schaalpunt. `
                + `Voeg bij de schaal een regel toe, bijvoorbeeld 'afronding half naar boven'.`;
        case 'minimum-below-model':
            return `Een minimum van ${refusal.asked} regio's is lager dan de ${refusal.own} die ${refusal.model || 'het model'} voor een anonieme vergelijking vraagt; `
                + `een minimum kan alleen hoger. Laat het weg, of kies ${refusal.own} of meer.`;
    }
}

function english(refusal: ReportRefusal): string {
    switch (refusal.kind) {
        case 'no-scale':
            return `Model ${refusal.model.name} version ${refusal.model.version} has no scale, so there is nothing to report. Add a scale to the model.`;
        case 'invalid-scale':
            return `The scale ${refusal.scale} (${refusal.min}..${refusal.max}) of model ${refusal.model.name} version ${refusal.model.version} is invalid: `
                + `a scale has at most ${refusal.maxPoints} points. Fix the model first.`;
        case 'mixed-models':
            return `A comparison only puts scans of one model side by side, but these scans use different models: `
                + `${refusal.models.map(m => `${m.name} (${m.regions.join(', ')})`).join('; ')}. `
                + `Their roles and scales do not mean the same; make one comparison per model.`;
        case 'mixed-scales':
            return `The versions of ${refusal.model} in this comparison have different scales, so their scores cannot be compared: `
                + `${refusal.scales.map(s => `${s.name} ${s.min}..${s.max} (version ${s.versions.join(', ')})`).join('; ')}. `
                + `Only compare scans of versions with the same scale.`;
        case 'mixed-scale-rules':
            return `The versions of ${refusal.model} in this comparison set different rules for the scale (weak, disagreement, rounding or standard deviation): `
                + `version ${refusal.versionGroups.map(group => group.join(', ')).join(' versus ')}. `
                + `A comparison would read their figures differently; compare per version, or give the versions the same rules.`;
        case 'too-few-regions':
            return `An anonymised comparison needs at least ${refusal.minimum} regions, so that no outcome can be traced to one region; `
                + `${refusal.given} ${refusal.given === 1 ? 'was' : 'were'} given (each region counts once, with its latest scan). `
                + `Add region scans of other regions.`;
        case 'no-rounding':
            return `Model ${refusal.model} does not say how a mean is rounded to a scale point, and the anonymised comparison counts regions per scale point. `
                + `Add a rule to the scale, for example 'afronding half naar boven'.`;
        case 'minimum-below-model':
            return `A minimum of ${refusal.asked} regions is lower than the ${refusal.own} that ${refusal.model || 'the model'} asks for an anonymised comparison; `
                + `a minimum can only be raised. Leave it out, or choose ${refusal.own} or more.`;
    }
}
