import type { ComponentType } from 'react';
import { Permission } from '@orgpulse/shared';
import {
  IconBox,
  IconChartBar,
  IconCoins,
  IconCode,
  IconKey,
  IconListDetails,
  IconSettings,
  IconUsers,
  IconWebhook,
} from '@tabler/icons-react';

export interface NavItem {
  to: string;
  label: string;
  icon: ComponentType<{ size?: number }>;
  /** Hidden from roles without it. */
  permission?: Permission;
}

export const NAV_ITEMS: NavItem[] = [
  { to: '/dashboard', label: 'Dashboard', icon: IconChartBar, permission: Permission.UsageRead },
  { to: '/members', label: 'Members', icon: IconUsers, permission: Permission.OrganizationRead },
  { to: '/resources', label: 'Resources', icon: IconBox, permission: Permission.OrganizationRead },
  { to: '/api-keys', label: 'API keys', icon: IconKey, permission: Permission.ApiKeysOwn },
  { to: '/credits', label: 'Credits', icon: IconCoins, permission: Permission.BillingManage },
  { to: '/webhooks', label: 'Webhooks', icon: IconWebhook, permission: Permission.WebhooksManage },
  { to: '/audit-log', label: 'Audit log', icon: IconListDetails, permission: Permission.AuditRead },
  { to: '/settings', label: 'Settings', icon: IconSettings },
];

export const PLAYGROUND_ITEM = { to: '/graphiql', label: 'GraphQL playground', icon: IconCode };
