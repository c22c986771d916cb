export declare const DEFAULT_TEST_DATABASE_URL: string;
export declare function assertTestDatabase(url: string): string;
export declare function canConnect(url: string): Promise<boolean>;
