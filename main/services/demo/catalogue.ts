// The demo catalogue: categories with typical items (Dutch, French), VAT and unit.
export interface DemoCategory {
  nl: string;
  fr: string;
  vat: 0 | 6 | 12 | 21;
  items: readonly (readonly [nl: string, fr: string, socialCents: number, unit?: 'kg'])[];
}

export const demoCategories: readonly DemoCategory[] = [
  {
    nl: 'Brood en ontbijt',
    fr: 'Pain et petit-déjeuner',
    vat: 6,
    items: [
      ['Volkorenbrood', 'Pain complet', 90],
      ['Wit brood', 'Pain blanc', 80],
      ['Beschuiten', 'Biscottes', 70],
      ['Ontbijtgranen', 'Céréales', 120],
      ['Havermout', "Flocons d'avoine", 60],
      ['Confituur aardbei', 'Confiture de fraises', 95],
      ['Choco pasta', 'Pâte à tartiner', 150],
      ['Honing', 'Miel', 210],
    ],
  },
  {
    nl: 'Zuivel en eieren',
    fr: 'Produits laitiers et œufs',
    vat: 6,
    items: [
      ['Halfvolle melk 1 l', 'Lait demi-écrémé 1 l', 55],
      ['Volle melk 1 l', 'Lait entier 1 l', 65],
      ['Yoghurt natuur', 'Yaourt nature', 85],
      ['Eieren 6 stuks', 'Œufs 6 pièces', 130],
      ['Gouda jong', 'Gouda jeune', 180],
      ['Boter', 'Beurre', 160],
      ['Crème fraîche', 'Crème fraîche', 90],
      ['Platte kaas', 'Fromage blanc', 75],
    ],
  },
  {
    nl: 'Groenten en fruit',
    fr: 'Fruits et légumes',
    vat: 6,
    items: [
      ['Aardappelen', 'Pommes de terre', 70, 'kg'],
      ['Wortelen', 'Carottes', 60, 'kg'],
      ['Uien', 'Oignons', 80, 'kg'],
      ['Appels', 'Pommes', 120, 'kg'],
      ['Bananen', 'Bananes', 110, 'kg'],
      ['Tomaten', 'Tomates', 150, 'kg'],
      ['Prei', 'Poireaux', 130, 'kg'],
      ['Sinaasappelen', 'Oranges', 125, 'kg'],
    ],
  },
  {
    nl: 'Pasta, rijst en granen',
    fr: 'Pâtes, riz et céréales',
    vat: 6,
    items: [
      ['Spaghetti', 'Spaghetti', 55],
      ['Penne', 'Penne', 55],
      ['Witte rijst', 'Riz blanc', 85],
      ['Couscous', 'Couscous', 75],
      ['Bloem', 'Farine', 45],
      ['Linzen', 'Lentilles', 95],
      ['Kikkererwten', 'Pois chiches', 80],
      ['Bulgur', 'Boulgour', 90],
    ],
  },
  {
    nl: 'Conserven en sauzen',
    fr: 'Conserves et sauces',
    vat: 6,
    items: [
      ['Tomatenblokjes', 'Tomates concassées', 45],
      ['Tonijn in water', "Thon à l'eau", 120],
      ['Rode bonen', 'Haricots rouges', 50],
      ['Erwten en wortelen', 'Petits pois carottes', 65],
      ['Tomatensaus', 'Sauce tomate', 85],
      ['Mayonaise', 'Mayonnaise', 110],
      ['Soep groenten', 'Soupe de légumes', 95],
      ['Sardines', 'Sardines', 90],
    ],
  },
  {
    nl: 'Olie, suiker en kruiden',
    fr: 'Huile, sucre et épices',
    vat: 6,
    items: [
      ['Zonnebloemolie 1 l', 'Huile de tournesol 1 l', 150],
      ['Olijfolie', "Huile d'olive", 320],
      ['Suiker 1 kg', 'Sucre 1 kg', 95],
      ['Zout', 'Sel', 30],
      ['Peper', 'Poivre', 90],
      ['Azijn', 'Vinaigre', 50],
      ['Bouillonblokjes', 'Cubes de bouillon', 60],
    ],
  },
  {
    nl: 'Vlees en vis (diepvries)',
    fr: 'Viande et poisson (surgelés)',
    vat: 6,
    items: [
      ['Kipfilet', 'Filet de poulet', 390],
      ['Gehakt', 'Haché', 320],
      ['Vissticks', 'Bâtonnets de poisson', 210],
      ['Kalkoenblokjes', 'Dés de dinde', 350],
      ['Spinazie diepvries', 'Épinards surgelés', 90],
      ['Frietjes diepvries', 'Frites surgelées', 120],
    ],
  },
  {
    nl: 'Dranken',
    fr: 'Boissons',
    vat: 6,
    items: [
      ['Water 1,5 l', 'Eau 1,5 l', 25],
      ['Appelsap', 'Jus de pomme', 85],
      ['Sinaasappelsap', "Jus d'orange", 95],
      ['Koffie gemalen', 'Café moulu', 280],
      ['Thee', 'Thé', 120],
      ['Chocolademelk', 'Lait chocolaté', 110],
    ],
  },
  {
    nl: 'Onderhoud',
    fr: 'Entretien',
    vat: 21,
    items: [
      ['Afwasmiddel', 'Liquide vaisselle', 95],
      ['Waspoeder', 'Lessive en poudre', 390],
      ['Allesreiniger', 'Nettoyant multi-usage', 120],
      ['Javel', 'Eau de Javel', 70],
      ['Vuilniszakken', 'Sacs poubelle', 150],
      ['Sponsen', 'Éponges', 60],
    ],
  },
  {
    nl: 'Verzorging',
    fr: 'Hygiène',
    vat: 21,
    items: [
      ['Tandpasta', 'Dentifrice', 90],
      ['Zeep', 'Savon', 60],
      ['Shampoo', 'Shampooing', 130],
      ['Toiletpapier 8 rollen', 'Papier toilette 8 rouleaux', 230],
      ['Maandverband', 'Serviettes hygiéniques', 120],
      ['Deodorant', 'Déodorant', 140],
    ],
  },
  {
    nl: 'Baby',
    fr: 'Bébé',
    vat: 6,
    items: [
      ['Luiers maat 3', 'Langes taille 3', 690],
      ['Luiers maat 4', 'Langes taille 4', 720],
      ['Babyvoeding', 'Petit pot bébé', 95],
      ['Zuigelingenmelk', 'Lait infantile', 890],
      ['Vochtige doekjes', 'Lingettes', 140],
    ],
  },
  {
    nl: 'Gedoneerd (buiten budget)',
    fr: 'Don (hors budget)',
    vat: 6,
    items: [
      ['Brood van gisteren', "Pain d'hier", 0],
      ['Gebak van de bakker', 'Pâtisserie du boulanger', 0],
      ['Groenten van de markt', 'Légumes du marché', 0],
    ],
  },
];

export const brands = [
  ['Huismerk', 'Marque maison'],
  ['Eco', 'Éco'],
  ['Bio Village', 'Bio Village'],
  ['Basic', 'Basic'],
  ['Familie', 'Famille'],
  ['Premium', 'Premium'],
  ['Boerenland', 'Terroir'],
  ['Zonnig', 'Soleil'],
  ['Classic', 'Classique'],
  ['Vers', 'Frais'],
] as const;

export const sizes = [
  '',
  '250 g',
  '400 g',
  '500 g',
  '750 g',
  '1 kg',
  '2 × 500 g',
  'groot/grand',
  'klein/petit',
  'pack 4',
] as const;
