// The screens per role. Each area adds its route here; Home shows the ones the user may open.
import type { ComponentType } from 'react';
import type { Role } from '../main/contract/define';
import type { MessageKey } from './i18n/index';
import { AppointmentsScreen } from './screens/appointments/AppointmentsScreen';
import { AuditScreen } from './screens/audit/AuditScreen';
import { BackupsScreen } from './screens/backups/BackupsScreen';
import { DevicesScreen } from './screens/devices/DevicesScreen';
import { HouseholdsScreen } from './screens/households/HouseholdsScreen';
import { ProductsScreen } from './screens/products/ProductsScreen';
import { ReportsScreen } from './screens/reports/ReportsScreen';
import { RulesScreen } from './screens/rules/RulesScreen';
import { ShopSettingsScreen } from './screens/settings/ShopSettingsScreen';
import { UsersScreen } from './screens/settings/UsersScreen';
import { TillScreen } from './screens/till/TillScreen';

export interface RouteDef {
  path: string;
  title: MessageKey;
  hint: MessageKey;
  roles: readonly Role[];
  component: ComponentType;
}

export const routes: readonly RouteDef[] = [
  {
    path: '/till',
    title: 'home.nav.till',
    hint: 'home.hint.till',
    roles: ['cashier', 'coordinator'],
    component: TillScreen,
  },
  {
    path: '/households',
    title: 'home.nav.households',
    hint: 'home.hint.households',
    roles: ['social-worker', 'coordinator'],
    component: HouseholdsScreen,
  },
  {
    path: '/appointments',
    title: 'home.nav.appointments',
    hint: 'home.hint.appointments',
    roles: ['social-worker', 'coordinator'],
    component: AppointmentsScreen,
  },
  {
    path: '/products',
    title: 'home.nav.products',
    hint: 'home.hint.products',
    roles: ['coordinator'],
    component: ProductsScreen,
  },
  {
    path: '/rules',
    title: 'home.nav.rules',
    hint: 'home.hint.rules',
    roles: ['coordinator'],
    component: RulesScreen,
  },
  {
    path: '/reports',
    title: 'home.nav.reports',
    hint: 'home.hint.reports',
    roles: ['coordinator'],
    component: ReportsScreen,
  },
  {
    path: '/users',
    title: 'home.nav.users',
    hint: 'home.hint.users',
    roles: ['coordinator'],
    component: UsersScreen,
  },
  {
    path: '/shop-settings',
    title: 'shopSettings.nav',
    hint: 'shopSettings.hint',
    roles: ['coordinator'],
    component: ShopSettingsScreen,
  },
  {
    path: '/devices',
    title: 'home.nav.devices',
    hint: 'home.hint.devices',
    roles: ['coordinator'],
    component: DevicesScreen,
  },
  {
    path: '/audit',
    title: 'home.nav.audit',
    hint: 'home.hint.audit',
    roles: ['coordinator'],
    component: AuditScreen,
  },
  {
    path: '/backups',
    title: 'trust.nav.backups',
    hint: 'trust.hint.backups',
    roles: ['coordinator'],
    component: BackupsScreen,
  },
];
