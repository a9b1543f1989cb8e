// Headers and figure names for the exports, in the three shop languages.
import type { Language } from '../../contract/money';
import type { ReportSection } from '../../domain/report-figures';

type Text = Record<Language, string>;
const t = (en: string, nl: string, fr: string): Text => ({ en, nl, fr });

export const sectionLabels: Record<ReportSection, Text> = {
  households: t('Households and persons', 'Huishoudens en personen', 'Ménages et personnes'),
  enrolments: t('Enrolments', 'Inschrijvingen', 'Inscriptions'),
  turnover: t('Turnover', 'Omzet', "Chiffre d'affaires"),
  budget: t('Budget use', 'Budgetgebruik', 'Utilisation du budget'),
  appointments: t('Appointments', 'Afspraken', 'Rendez-vous'),
  stock: t('Stock', 'Voorraad', 'Stock'),
  coproduction: t('Co-production', 'Coproductie', 'Coproduction'),
};

const figureLabels: Record<string, Text> = {
  served: t('Households served', 'Bediende huishoudens', 'Ménages servis'),
  visits: t('Visits', 'Bezoeken', 'Visites'),
  persons: t('Persons reached', 'Bereikte personen', 'Personnes atteintes'),
  new: t('New enrolments', 'Nieuwe inschrijvingen', 'Nouvelles inscriptions'),
  renewals: t('Renewals', 'Verlengingen', 'Renouvellements'),
  expired: t('Expired enrolments', 'Verlopen inschrijvingen', 'Inscriptions expirées'),
  activeAtMonthEnd: t(
    'Active households at month end',
    'Actieve huishoudens op het einde van de maand',
    'Ménages actifs en fin de mois',
  ),
  turnoverCents: t('Turnover (€)', 'Omzet (€)', "Chiffre d'affaires (€)"),
  salesCents: t('Sales (€)', 'Verkopen (€)', 'Ventes (€)'),
  returnsCents: t('Returns (€)', 'Retours (€)', 'Retours (€)'),
  roundingCents: t('Cash rounding (€)', 'Afronding contant (€)', 'Arrondi espèces (€)'),
  sales: t('Number of sales', 'Aantal verkopen', 'Nombre de ventes'),
  returns: t('Number of returns', 'Aantal retours', 'Nombre de retours'),
  paidCents: t('Paid (€)', 'Betaald (€)', 'Payé (€)'),
  referenceCents: t(
    'Reference value of goods (€)',
    'Referentiewaarde van de goederen (€)',
    'Valeur de référence des biens (€)',
  ),
  paidByClientsCents: t('Paid by clients (€)', 'Betaald door klanten (€)', 'Payé par les clients (€)'),
  savingCents: t('Saving to clients (€)', 'Besparing voor klanten (€)', 'Économie pour les clients (€)'),
  periods: t('Budget periods with purchases', 'Budgetperiodes met aankopen', 'Périodes budgétaires avec achats'),
  averageShareUsed: t(
    'Average share of budget used',
    'Gemiddeld deel van het budget gebruikt',
    'Part moyenne du budget utilisée',
  ),
  usedCents: t('Budget used (€)', 'Budget gebruikt (€)', 'Budget utilisé (€)'),
  budgetCents: t('Budget available (€)', 'Budget beschikbaar (€)', 'Budget disponible (€)'),
  booked: t('Appointments booked', 'Geboekte afspraken', 'Rendez-vous pris'),
  attended: t('Attended', 'Aanwezig', 'Présents'),
  missed: t('Missed (no-show)', 'Niet opgedaagd', 'Absents'),
  cancelled: t('Cancelled', 'Geannuleerd', 'Annulés'),
  walkIns: t('Walk-ins', 'Zonder afspraak', 'Sans rendez-vous'),
  noShowRate: t('No-show rate', 'Afwezigheidsgraad', "Taux d'absence"),
  donatedDeliveries: t('Donated deliveries', 'Geschonken leveringen', 'Livraisons données'),
  donatedValueCents: t(
    'Donated goods, reference value (€)',
    'Geschonken goederen, referentiewaarde (€)',
    'Dons, valeur de référence (€)',
  ),
  purchasedDeliveries: t('Purchased deliveries', 'Aangekochte leveringen', 'Livraisons achetées'),
  purchasedCostCents: t('Purchases, cost (€)', 'Aankopen, kostprijs (€)', 'Achats, coût (€)'),
  purchasedValueCents: t(
    'Purchases, reference value (€)',
    'Aankopen, referentiewaarde (€)',
    'Achats, valeur de référence (€)',
  ),
  writtenOff: t('Write-offs', 'Afschrijvingen', 'Mises au rebut'),
  writtenOffValueCents: t(
    'Written off, reference value (€)',
    'Afgeschreven, referentiewaarde (€)',
    'Mis au rebut, valeur de référence (€)',
  ),
  volunteersActive: t('Volunteers active', 'Actieve vrijwilligers', 'Bénévoles actifs'),
  tillVolunteers: t('Volunteers at the till', 'Vrijwilligers aan de kassa', 'Bénévoles à la caisse'),
  loggedVolunteers: t(
    'Volunteers in the time log',
    'Vrijwilligers in het urenlogboek',
    'Bénévoles dans le registre des heures',
  ),
  hoursWorked: t('Hours worked', 'Gewerkte uren', 'Heures prestées'),
  tillHours: t('Hours at the till', 'Uren aan de kassa', 'Heures à la caisse'),
  loggedHours: t('Hours in the time log', 'Uren in het logboek', 'Heures du registre'),
  clientsVolunteering: t('Clients who also volunteer', 'Klanten die ook vrijwilliger zijn', 'Clients aussi bénévoles'),
};

const breakdownKinds: Record<string, Text> = {
  organisation: t('by referring organisation', 'per doorverwijzer', 'par organisme référent'),
  municipality: t('by municipality', 'per gemeente', 'par commune'),
  age: t('by age band', 'per leeftijdsgroep', "par tranche d'âge"),
  method: t('by payment method', 'per betaalwijze', 'par mode de paiement'),
  vat: t('by VAT rate', 'per btw-tarief', 'par taux de TVA'),
  category: t('by category', 'per categorie', 'par catégorie'),
};

// The same names the till shows ("card" is the Bancontact terminal).
const methodLabels: Record<string, Text> = {
  cash: t('Cash', 'Contant', 'Espèces'),
  card: t('Bancontact', 'Bancontact', 'Bancontact'),
  voucher: t('Voucher', 'Waardebon', 'Bon'),
  account: t('On account', 'Op rekening', 'Sur compte'),
};

/** A payment method's name in the report's language; an unknown one stays as stored. */
export function methodLabel(method: string, lang: Language): string {
  return methodLabels[method]?.[lang] ?? method;
}

export const headerLabels = {
  figure: t('Figure', 'Cijfer', 'Chiffre'),
  breakdown: t('Breakdown', 'Uitsplitsing', 'Ventilation'),
  value: t('Value', 'Waarde', 'Valeur'),
  title: t('Monthly report', 'Maandrapport', 'Rapport mensuel'),
  month: t('Month', 'Maand', 'Mois'),
  timeZone: t('Time zone', 'Tijdzone', 'Fuseau horaire'),
  closed: t('Closed on', 'Afgesloten op', 'Clôturé le'),
  differences: t('Corrections since closing', 'Correcties sinds afsluiting', 'Corrections depuis la clôture'),
  snapshot: t('At closing', 'Bij afsluiting', 'À la clôture'),
  current: t('Now', 'Nu', 'Maintenant'),
} satisfies Record<string, Text>;

export function labelTables(lang: Language): { sections: Record<string, string>; figures: Record<string, string> } {
  return {
    sections: Object.fromEntries(Object.entries(sectionLabels).map(([k, v]) => [k, v[lang]])),
    figures: Object.fromEntries(Object.entries(figureLabels).map(([k, v]) => [k, v[lang]])),
  };
}

export function figureLabel(figure: string, lang: Language): string {
  return figureLabels[figure]?.[lang] ?? figure;
}

export function breakdownLabel(breakdown: string, label: string, lang: Language): string {
  if (!breakdown) return '';
  const kind = breakdown.slice(0, breakdown.indexOf(':'));
  return `${breakdownKinds[kind]?.[lang] ?? kind}: ${label}`;
}
