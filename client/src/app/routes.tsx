import { lazy, Suspense, type ComponentType } from 'react';
import { Navigate, Outlet, type RouteObject } from 'react-router';
import { AnonymousOnly, MFA_ENROLLMENT_PATH, RequireAuth } from '../features/auth/RequireAuth';
import { LoadingState } from '../features/common/QueryState';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './NotFoundPage';

/** Every page is its own chunk (React.lazy): a route loads only what it renders. */
const page = (load: () => Promise<{ default: ComponentType }>) => {
  const Page = lazy(load);
  return {
    element: (
      <Suspense fallback={<LoadingState />}>
        <Page />
      </Suspense>
    ),
  };
};

export const routes: RouteObject[] = [
  {
    element: (
      <AnonymousOnly>
        <Outlet />
      </AnonymousOnly>
    ),
    children: [
      { path: '/sign-in', ...page(() => import('../features/auth/SignInPage')) },
      { path: '/sign-up', ...page(() => import('../features/auth/SignUpPage')) },
    ],
  },
  {
    element: (
      <RequireAuth allowPasswordChange>
        <Outlet />
      </RequireAuth>
    ),
    children: [{ path: '/change-password', ...page(() => import('../features/auth/ChangePasswordPage')) }],
  },
  {
    // what the API still answers while the organization's second factor is not set up
    element: (
      <RequireAuth allowMfaEnrollment>
        <Outlet />
      </RequireAuth>
    ),
    children: [
      { path: MFA_ENROLLMENT_PATH, ...page(() => import('../features/accounts/MfaEnrollmentPage')) },
      // signs in first when needed: RequireAuth keeps the token in state.from across sign-in
      { path: '/verify-email', ...page(() => import('../features/accounts/VerifyEmailPage')) },
    ],
  },
  // reset links work signed in or not (the reset ends every session anyway)
  { path: '/forgot-password', ...page(() => import('../features/accounts/ForgotPasswordPage')) },
  { path: '/reset-password', ...page(() => import('../features/accounts/ResetPasswordPage')) },
  // The playground works signed out too (for signUp / logIn); signed in, it sends the token.
  { path: '/graphiql', ...page(() => import('../features/graphiql/GraphiQLPage')) },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <Navigate to="/dashboard" replace /> },
      { path: 'dashboard', ...page(() => import('../features/dashboard/DashboardPage')) },
      { path: 'members', ...page(() => import('../features/members/MembersPage')) },
      { path: 'resources', ...page(() => import('../features/resources/ResourcesPage')) },
      { path: 'api-keys', ...page(() => import('../features/api-keys/ApiKeysPage')) },
      { path: 'credits', ...page(() => import('../features/credits/CreditsPage')) },
      { path: 'webhooks', ...page(() => import('../features/webhooks/WebhooksPage')) },
      { path: 'audit-log', ...page(() => import('../features/audit/AuditLogPage')) },
      { path: 'settings/:section?', ...page(() => import('../features/settings/SettingsPage')) },
    ],
  },
  { path: '*', element: <NotFoundPage /> },
];
