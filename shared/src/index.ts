export * from './roles';
export * from './permissions';
export * from './errors';
export * from './credits';
export * from './password';
export * from './member-policy';
export * from './text';
