import { defineMessages } from '../define';

export const users = defineMessages(
  {
    list: 'Users',
    add: 'Add a user',
    name: 'Name',
    roles: 'Roles',
    pin: 'PIN (4 to 8 digits)',
    badge: 'Badge code (optional)',
    language: 'Language',
    created: '{name} can now sign in.',
    locked: 'locked',
  },
  {
    list: 'Gebruikers',
    add: 'Gebruiker toevoegen',
    name: 'Naam',
    roles: 'Rollen',
    pin: 'Pincode (4 tot 8 cijfers)',
    badge: 'Badgecode (niet verplicht)',
    language: 'Taal',
    created: '{name} kan zich nu aanmelden.',
    locked: 'vergrendeld',
  },
  {
    list: 'Utilisateurs',
    add: 'Ajouter un utilisateur',
    name: 'Nom',
    roles: 'Rôles',
    pin: 'Code PIN (4 à 8 chiffres)',
    badge: 'Code du badge (facultatif)',
    language: 'Langue',
    created: '{name} peut maintenant se connecter.',
    locked: 'verrouillé',
  },
);
