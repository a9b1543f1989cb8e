export * from './decimal';
export * from './decode';
export * from './headers';
export * from './parse';
export * from './values';
export * from './write';
