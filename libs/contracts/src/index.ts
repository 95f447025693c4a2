export * from './roles';
export * from './business-number';
export * from './state-machine';
export * from './user-status.machine';
export * from './api';
export * from './catalogue';
export * from './designation';
export * from './pilots';
